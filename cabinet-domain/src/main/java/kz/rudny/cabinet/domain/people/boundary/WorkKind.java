package kz.rudny.cabinet.domain.people.boundary;

/**
 * What a teacher did, as the modules record it: attended an event (marked present), presented at one, gave an open
 * lesson, had a material published in the school, spoke at an association meeting (an item of its agenda).
 */
public enum WorkKind {
    EVENT_ATTENDED(WorkLink.EVENT),
    EVENT_PRESENTED(WorkLink.EVENT),
    OPEN_LESSON_GIVEN(WorkLink.EVENT),
    MATERIAL_PUBLISHED(WorkLink.MATERIAL),
    MEETING_TALK(WorkLink.MEETING);

    private final WorkLink link;

    WorkKind(WorkLink link) {
        this.link = link;
    }

    /** Where the record of it lives. */
    public WorkLink link() {
        return link;
    }
}
