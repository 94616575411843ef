package kz.rudny.cabinet.library.exchange.control;

/** A district methodologist took a material back from the district: its school's index entry must say so. */
public record ShareWithdrawn(long originSchoolId, long materialId) {
}
