package kz.rudny.cabinet.domain.lessonanalysis.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.lessonanalysis.control.TemplateRecords;
import kz.rudny.cabinet.domain.lessonanalysis.entity.AnalysisTemplate;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.Role;

/**
 * A school's lesson-analysis templates: every school person reads them (to choose one when observing a lesson);
 * the school methodologist makes and changes them. A template has a name, a language (kk/ru), 1..15 sections,
 * each with a title and 1..15 criteria; bad input is refused by the field and nothing is stored.
 */
@ApplicationScoped
@Allowed(Role.SCHOOL_METHODOLOGIST)
@Transactional
public class AnalysisTemplates {

    public static final int MAX_SECTIONS = 15;
    public static final int MAX_CRITERIA = 15;
    public static final int MAX_NAME = 200;
    public static final int MAX_TITLE = 300;
    public static final int MAX_CRITERION = 500;

    @Inject
    TemplateRecords records;

    /** The caller's school's templates by name. */
    @Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
    public List<TemplateView> all() {
        return records.all().stream().map(TemplateRecords::view).toList();
    }

    /** One template of the caller's school; another school's is not found. */
    @Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
    public TemplateView view(long id) {
        return TemplateRecords.view(records.find(id));
    }

    /** The form filled with a template's current values, to change it. */
    public AnalysisTemplateForm form(long id) {
        TemplateView v = view(id);
        AnalysisTemplateForm f = new AnalysisTemplateForm();
        f.setName(v.name());
        f.setLanguage(v.language());
        v.sections().forEach(s -> f.getSections().add(new AnalysisTemplateForm.Section(s.title(), s.criteria())));
        return f;
    }

    /** Saves a new template ({@code id} null) or changes one; answers its id. */
    public long save(Long id, @NotNull AnalysisTemplateForm form) {
        List<TemplateView.Section> sections = check(form);
        AnalysisTemplate t;
        if (id == null) {
            t = records.create(form.getName(), form.getLanguage());
        } else {
            t = records.find(id);
            t.rename(form.getName(), form.getLanguage());
        }
        records.replaceItems(t, sections);
        return t.getId();
    }

    /** The form checked field by field; all problems at once. */
    static List<TemplateView.Section> check(AnalysisTemplateForm form) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (form.getName() == null || form.getName().isBlank()) {
            problems.add(new InvalidInputException.Problem("name", "field.required"));
        } else if (form.getName().length() > MAX_NAME) {
            problems.add(new InvalidInputException.Problem("name", "analysis.tooLong", MAX_NAME));
        }
        if (!"kk".equals(form.getLanguage()) && !"ru".equals(form.getLanguage())) {
            problems.add(new InvalidInputException.Problem("language", "analysis.language"));
        }
        List<AnalysisTemplateForm.Section> typed = form.getSections().stream()
                .filter(s -> (s.getTitle() != null && !s.getTitle().isBlank()) || !s.criteriaLines().isEmpty())
                .toList();
        if (typed.isEmpty()) {
            problems.add(new InvalidInputException.Problem("sections", "analysis.noSections"));
        } else if (typed.size() > MAX_SECTIONS) {
            problems.add(new InvalidInputException.Problem("sections", "analysis.tooManySections", MAX_SECTIONS));
        }
        List<TemplateView.Section> sections = new ArrayList<>();
        for (int i = 0; i < form.getSections().size(); i++) {
            AnalysisTemplateForm.Section s = form.getSections().get(i);
            if (!typed.contains(s)) {
                continue;
            }
            String field = "sections[" + i + "]";
            List<String> criteria = s.criteriaLines();
            if (s.getTitle() == null || s.getTitle().isBlank()) {
                problems.add(new InvalidInputException.Problem(field + ".title", "field.required"));
            } else if (s.getTitle().length() > MAX_TITLE) {
                problems.add(new InvalidInputException.Problem(field + ".title", "analysis.tooLong", MAX_TITLE));
            }
            if (criteria.isEmpty()) {
                problems.add(new InvalidInputException.Problem(field + ".criteria", "analysis.noCriteria"));
            } else if (criteria.size() > MAX_CRITERIA) {
                problems.add(new InvalidInputException.Problem(field + ".criteria", "analysis.tooManyCriteria",
                        MAX_CRITERIA));
            } else if (criteria.stream().anyMatch(c -> c.length() > MAX_CRITERION)) {
                problems.add(new InvalidInputException.Problem(field + ".criteria", "analysis.criterionTooLong",
                        MAX_CRITERION));
            }
            sections.add(new TemplateView.Section(s.getTitle(), criteria));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return sections;
    }
}
