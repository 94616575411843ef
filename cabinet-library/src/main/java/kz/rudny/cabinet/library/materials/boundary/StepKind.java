package kz.rudny.cabinet.library.materials.boundary;

/** A recorded step in a material's life: review, publication and the district exchange. */
public enum StepKind {
    CREATED, SUBMITTED, APPROVED, RETURNED, PUBLISHED, FILE_ADDED, SHARED, FEATURED, WITHDRAWN, UNPUBLISHED
}
