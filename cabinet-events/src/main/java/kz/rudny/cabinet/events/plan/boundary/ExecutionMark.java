package kz.rudny.cabinet.events.plan.boundary;

/**
 * The mark of execution of a plan item. A moved item keeps waiting in its new term (it can then be held);
 * a cancelled one no longer counts as planned.
 */
public enum ExecutionMark {
    PLANNED,
    HELD,
    MOVED,
    CANCELLED;

    /** Still to be done: neither held nor cancelled. */
    public boolean isOpen() {
        return this == PLANNED || this == MOVED;
    }
}
