package kz.rudny.cabinet.domain.audit.boundary;

/**
 * What happened to a record. Each module lists its actions in an enum implementing this; the trail stores
 * the constant's name, and the page shows the text {@code audit.action.<NAME>} in the reader's language.
 */
public interface AuditAction {

    String name();
}
