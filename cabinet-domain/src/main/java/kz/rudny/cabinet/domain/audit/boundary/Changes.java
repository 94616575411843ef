package kz.rudny.cabinet.domain.audit.boundary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What changed in a record, field by field, for the audit trail. Values are kept so that the reader's language
 * can show them: an enum constant as its message key ({@code language.KK}), a yes/no as a flag, a date as a date,
 * subjects by id; only what a person typed is kept as text.
 */
public final class Changes {

    private final List<AuditChangeView> list = new ArrayList<>();

    public static Changes describe() {
        return new Changes();
    }

    /** Notes a field whose value changed; unchanged fields are left out. */
    public Changes field(AuditField field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            list.add(new AuditChangeView(field.name(), kind(before, after), true, stored(before), stored(after)));
        }
        return this;
    }

    /** Notes a field's value as it is (of a new record, or one that goes). */
    public Changes value(AuditField field, Object value) {
        list.add(new AuditChangeView(field.name(), kind(null, value), false, null, stored(value)));
        return this;
    }

    /** Notes changed subjects, by id. */
    public Changes subjects(AuditField field, Collection<Long> before, Collection<Long> after) {
        if (!new TreeSet<>(before).equals(new TreeSet<>(after))) {
            list.add(new AuditChangeView(field.name(), AuditValueKind.SUBJECTS, true, ids(before), ids(after)));
        }
        return this;
    }

    /** Notes a changed subject (one or none), by id. */
    public Changes subject(AuditField field, Long before, Long after) {
        return subjects(field, before == null ? List.of() : List.of(before), after == null ? List.of() : List.of(after));
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** The noted fields, in the order they were noted. */
    public List<AuditChangeView> list() {
        return List.copyOf(list);
    }

    private static AuditValueKind kind(Object before, Object after) {
        Object sample = after != null && !isEmptyCollection(after) ? after : before;
        if (sample instanceof Collection<?> c && !c.isEmpty()) {
            sample = c.iterator().next();
        }
        if (sample instanceof Enum<?>) {
            return AuditValueKind.KEY;
        }
        if (sample instanceof Boolean) {
            return AuditValueKind.FLAG;
        }
        if (sample instanceof LocalDate) {
            return AuditValueKind.DATE;
        }
        return AuditValueKind.TEXT;
    }

    private static boolean isEmptyCollection(Object value) {
        return value instanceof Collection<?> c && c.isEmpty();
    }

    /** How a value is stored: keys of enum constants (sorted when several), texts joined by commas. */
    private static String stored(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> c) {
            boolean constants = c.stream().allMatch(Enum.class::isInstance);
            return c.stream().map(Changes::stored)
                    .collect(Collectors.collectingAndThen(Collectors.toList(), l -> constants
                            ? String.join(",", new TreeSet<>(l)) : String.join(", ", l)));
        }
        if (value instanceof Enum<?> e) {
            return key(e);
        }
        return value.toString();
    }

    /** The message key of an enum constant, as the pages name them: {@code CopyCondition.LOST} is {@code copyCondition.LOST}. */
    static String key(Enum<?> constant) {
        String type = constant.getDeclaringClass().getSimpleName();
        return Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + constant.name();
    }

    private static String ids(Collection<Long> ids) {
        return new TreeSet<>(ids).stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
