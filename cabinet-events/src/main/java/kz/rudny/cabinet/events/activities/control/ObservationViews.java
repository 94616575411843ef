package kz.rudny.cabinet.events.activities.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.rudny.cabinet.domain.lessonanalysis.boundary.FilledAnalysis;
import kz.rudny.cabinet.domain.lessonanalysis.boundary.PrintedLesson;
import kz.rudny.cabinet.events.activities.boundary.ObservationView;
import kz.rudny.cabinet.events.activities.entity.Activity;
import kz.rudny.cabinet.events.activities.entity.LessonObservation;
import kz.rudny.cabinet.domain.lessonanalysis.boundary.AnalysisItem;
import kz.rudny.cabinet.events.activities.entity.OpenLesson;

/** An observation as read and as printed (the domain's shared {@link FilledAnalysis}). */
public final class ObservationViews {

    private ObservationViews() {
    }

    public static ObservationView view(LessonObservation o, long me) {
        List<ObservationView.Item> items = new ArrayList<>();
        int section = -1;
        for (AnalysisItem i : o.items()) {
            items.add(new ObservationView.Item(i.getSectionNo() != section, i.getSectionTitle(), i.getCriterion(),
                    i.getMark(), i.getComment()));
            section = i.getSectionNo();
        }
        return new ObservationView(o.getId(), o.getActivityId(), o.getObserverName(), o.getObserverSchoolName(),
                o.getTemplateName(), o.getLanguageCode(), o.getStatus(), o.getSubmittedAt(), o.hasFocusNotes(),
                o.getFocusA(), o.getFocusB(), o.getFocusC(), o.getRecommendations(), List.copyOf(items),
                o.getObserverAccountId() == me);
    }

    /** The observation as the shared filled analysis; the focus pupils' headings in the observation's language. */
    public static FilledAnalysis filled(LessonObservation o) {
        List<FilledAnalysis.Note> notes = new ArrayList<>();
        if (o.hasFocusNotes()) {
            boolean kk = "kk".equals(o.getLanguageCode());
            notes.add(new FilledAnalysis.Note(kk ? "А оқушысы (жоғары деңгей)" : "Ученик A (высокий уровень)", o.getFocusA()));
            notes.add(new FilledAnalysis.Note(kk ? "В оқушысы (орта деңгей)" : "Ученик B (средний уровень)", o.getFocusB()));
            notes.add(new FilledAnalysis.Note(kk ? "С оқушысы (төмен деңгей)" : "Ученик C (низкий уровень)", o.getFocusC()));
        }
        return new FilledAnalysis(o.getTemplateName(), AnalysisItem.sections(o.items()), notes, o.getRecommendations());
    }

    /** The lesson with these analyses (and the summary, when {@code withSummary}). */
    public static PrintedLesson printed(Activity a, Optional<OpenLesson> lesson, List<LessonObservation> observations,
                                        boolean withSummary) {
        OpenLesson l = lesson.orElse(null);
        return new PrintedLesson(a.getOwnerName(), l == null ? a.getOrganiserName() : l.getTeacherName(),
                l == null ? null : l.getClassName(), l == null ? null : l.getSubject(),
                l == null ? (a.getTitleKk() != null ? a.getTitleKk() : a.getTitleRu()) : l.getTopic(),
                l == null ? null : l.getGoals(), a.getStartsAt(), observations.stream()
                .map(o -> new PrintedLesson.Observed(o.getObserverName(), o.getObserverSchoolName(), filled(o)))
                .toList(), withSummary && l != null ? l.getSummary() : null);
    }
}
