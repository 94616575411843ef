package kz.rudny.cabinet.mentoring.pairs.control;

import java.util.ArrayList;
import java.util.List;
import kz.rudny.cabinet.domain.lessonanalysis.boundary.AnalysisItem;
import kz.rudny.cabinet.domain.lessonanalysis.boundary.FilledAnalysis;
import kz.rudny.cabinet.domain.lessonanalysis.boundary.PrintedLesson;
import kz.rudny.cabinet.mentoring.pairs.boundary.VisitView;
import kz.rudny.cabinet.mentoring.pairs.entity.LessonVisit;

/** A lesson visit as read and as printed (the domain's shared lesson-analysis printout). */
public final class VisitViews {

    private VisitViews() {
    }

    public static VisitView view(LessonVisit v, long reader) {
        List<VisitView.Item> items = new ArrayList<>();
        int section = -1;
        for (AnalysisItem i : v.items()) {
            items.add(new VisitView.Item(i.getSectionNo() != section, i.getSectionTitle(), i.getCriterion(),
                    i.getMark(), i.getComment()));
            section = i.getSectionNo();
        }
        return new VisitView(v.getId(), v.getPairId(), v.getDirection(), v.getVisitedOn(), v.getClassName(),
                v.getSubject(), v.getTopic(), v.getPurpose(), v.getTeacherName(), v.getObserverName(),
                v.getTemplateName(), v.getLanguageCode(), List.copyOf(items), v.getRecommendations(),
                v.getObserverAccountId() == reader, v.getVersion());
    }

    /** The visit as a printed lesson analysis; the purpose of the visit is its first note. */
    public static PrintedLesson printed(LessonVisit v, String schoolName) {
        boolean kk = "kk".equals(v.getLanguageCode());
        FilledAnalysis analysis = new FilledAnalysis(v.getTemplateName(), AnalysisItem.sections(v.items()),
                List.of(new FilledAnalysis.Note(kk ? "Сабаққа қатысу мақсаты" : "Цель посещения", v.getPurpose())),
                v.getRecommendations());
        return new PrintedLesson(schoolName, v.getTeacherName(), v.getClassName(), v.getSubject(), v.getTopic(),
                null, v.getVisitedOn().atStartOfDay(), List.of(new PrintedLesson.Observed(v.getObserverName(), null,
                analysis)), null);
    }
}
