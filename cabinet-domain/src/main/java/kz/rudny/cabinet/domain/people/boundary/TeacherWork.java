package kz.rudny.cabinet.domain.people.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * What the cabinet recorded of one teacher's work in a period, counted from every module that keeps some of it (the
 * events: attended and presented at, open lessons given, talks at association meetings; the library: materials
 * published in the school). Counts only, for the mentor's report and the like.
 */
public record TeacherWork(int eventsAttended, int eventsPresented, int openLessonsGiven, int materialsPublished,
                          int meetingTalks) implements Serializable {

    public static final TeacherWork NONE = new TeacherWork(0, 0, 0, 0, 0);

    /** The counts of these items, each kind on its own. */
    public static TeacherWork of(List<WorkItem> items) {
        int[] n = new int[WorkKind.values().length];
        items.forEach(i -> n[i.kind().ordinal()]++);
        return new TeacherWork(n[WorkKind.EVENT_ATTENDED.ordinal()], n[WorkKind.EVENT_PRESENTED.ordinal()],
                n[WorkKind.OPEN_LESSON_GIVEN.ordinal()], n[WorkKind.MATERIAL_PUBLISHED.ordinal()],
                n[WorkKind.MEETING_TALK.ordinal()]);
    }
}
