package kz.rudny.cabinet.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.IntStream;
import kz.rudny.cabinet.domain.lessonanalysis.boundary.FilledAnalysis;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.school.boundary.TeachingLanguage;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.domain.subject.boundary.SubjectView;
import kz.rudny.cabinet.domain.subject.boundary.Subjects;
import kz.rudny.cabinet.web.layout.LanguageChoice;

/** Lists that forms choose from, in the person's language. */
@Named
@RequestScoped
public class Choices {

    @Inject
    Subjects subjects;

    @Inject
    LanguageChoice language;

    private List<SubjectView> subjectList;

    public List<SubjectView> getSubjects() {
        if (subjectList == null) {
            subjectList = subjects.all(language.current());
        }
        return subjectList;
    }

    public List<Role> getSchoolRoles() {
        return Role.schoolRoles().stream().sorted().toList();
    }

    public List<Role> getDistrictRoles() {
        return Role.districtRoles().stream().sorted().toList();
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public TeachingLanguage[] getTeachingLanguages() {
        return TeachingLanguage.values();
    }

    /** The marks of a lesson analysis' criterion (1..5). */
    public List<Integer> getAnalysisMarks() {
        return IntStream.rangeClosed(FilledAnalysis.MIN_MARK, FilledAnalysis.MAX_MARK).boxed().toList();
    }
}
