package kz.rudny.cabinet.domain.people.boundary;

/**
 * What the cabinet recorded of one teacher's work in a period, gathered from every module that keeps some of it (the
 * events: attended and presented, open lessons given; the library: materials published in the school). Counts only,
 * for the mentor's report and the like: the records themselves stay with their modules.
 */
public record TeacherWork(int eventsAttended, int eventsPresented, int openLessonsGiven, int materialsPublished) {

    public static final TeacherWork NONE = new TeacherWork(0, 0, 0, 0);

    public TeacherWork plus(TeacherWork other) {
        return new TeacherWork(eventsAttended + other.eventsAttended, eventsPresented + other.eventsPresented,
                openLessonsGiven + other.openLessonsGiven, materialsPublished + other.materialsPublished);
    }
}
