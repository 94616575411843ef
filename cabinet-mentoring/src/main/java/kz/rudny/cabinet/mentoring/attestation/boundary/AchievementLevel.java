package kz.rudny.cabinet.mentoring.attestation.boundary;

/** The levels of an achievement, lowest first (texts {@code attestation.level.<NAME>}). */
public enum AchievementLevel {
    SCHOOL,
    TOWN,
    REGION,
    REPUBLIC,
    INTERNATIONAL;

    /** Whether this level is the given one or higher. */
    public boolean atLeast(AchievementLevel other) {
        return compareTo(other) >= 0;
    }
}
