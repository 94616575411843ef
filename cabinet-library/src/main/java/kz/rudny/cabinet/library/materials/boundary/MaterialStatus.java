package kz.rudny.cabinet.library.materials.boundary;

/**
 * Where a material is in its review: the author edits a draft or a returned material and submits it; the
 * association head or the school methodologist approves it (which publishes it in the school) or returns it.
 */
public enum MaterialStatus {
    DRAFT, SUBMITTED, RETURNED, PUBLISHED;

    /** Only drafts and returned materials can be changed by their author. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
