package kz.rudny.cabinet.library.materials.boundary;

/**
 * A recorded step in a material's life: review, publication and sharing by its school. What the district does
 * with a share (feature, withdraw) is recorded on the share, never in the school's records.
 */
public enum StepKind {
    CREATED, SUBMITTED, APPROVED, RETURNED, PUBLISHED, FILE_ADDED, SHARED
}
