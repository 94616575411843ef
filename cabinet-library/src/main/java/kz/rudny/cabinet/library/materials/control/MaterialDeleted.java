package kz.rudny.cabinet.library.materials.control;

/** A material is being deleted (fired inside the deleting transaction). */
public record MaterialDeleted(long schoolId, long materialId, String by) {
}
