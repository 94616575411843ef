package kz.rudny.cabinet.domain.audit.boundary;

import java.util.Objects;
import java.util.StringJoiner;

/** Describes what changed in a record, field by field, for the audit trail. */
public final class Changes {
    private final StringJoiner joiner = new StringJoiner("; ");

    public static Changes describe() {
        return new Changes();
    }

    /** Notes a field whose value changed; unchanged fields are left out. */
    public Changes field(String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            joiner.add(name + ": " + text(before) + " → " + text(after));
        }
        return this;
    }

    /** Notes a field's value as it is (for a new record). */
    public Changes value(String name, Object value) {
        joiner.add(name + ": " + text(value));
        return this;
    }

    public boolean isEmpty() {
        return joiner.length() == 0;
    }

    private static String text(Object value) {
        return value == null ? "—" : "«" + value + "»";
    }

    @Override
    public String toString() {
        return joiner.toString();
    }
}
