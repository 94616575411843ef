package kz.rudny.cabinet.domain.audit.boundary;

/** How a stored value is shown: as typed, or looked up in the reader's language when the trail is read. */
public enum AuditValueKind {
    /** Text as a person typed it (a name, a title, a number): shown as is. */
    TEXT,
    /** Enum constants, stored as their message keys ({@code role.TEACHER}), comma-separated. */
    KEY,
    /** Subjects, stored as their ids, comma-separated; shown by name in the reader's language. */
    SUBJECTS,
    /** A calendar date, stored as ISO {@code 2026-11-29}. */
    DATE,
    /** Yes or no, stored as {@code true} or {@code false}. */
    FLAG
}
