package kz.rudny.cabinet.library.materials.boundary;

/**
 * A material is being deleted (fired inside the deleting transaction, before its rows go): the features that
 * hold something of it (corners, the district exchange) let go of it in the same transaction.
 */
public record MaterialDeleted(long schoolId, long materialId, String by) {
}
