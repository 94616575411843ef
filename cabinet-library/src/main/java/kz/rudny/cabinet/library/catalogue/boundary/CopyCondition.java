package kz.rudny.cabinet.library.catalogue.boundary;

/** The state of a physical copy; lost and written-off copies are never lent. */
public enum CopyCondition {
    GOOD, WORN, DAMAGED, LOST, WRITTEN_OFF;

    public boolean isLendable() {
        return this == GOOD || this == WORN || this == DAMAGED;
    }
}
