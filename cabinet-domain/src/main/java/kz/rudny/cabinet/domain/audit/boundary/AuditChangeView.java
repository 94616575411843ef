package kz.rudny.cabinet.domain.audit.boundary;

import java.io.Serializable;

/**
 * One field of an audit entry: its key, how its values are shown, and its value before and after (for a change)
 * or only after (a value of a new or removed record; {@code changed} false). Values are stored texts, keys or
 * ids as {@link AuditValueKind} says; {@code null} is an empty value.
 */
public record AuditChangeView(String field, AuditValueKind kind, boolean changed, String before, String after)
        implements Serializable {
}
