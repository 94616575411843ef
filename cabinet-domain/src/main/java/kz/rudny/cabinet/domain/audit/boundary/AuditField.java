package kz.rudny.cabinet.domain.audit.boundary;

/**
 * A field of a record whose value the trail keeps. Each module lists its fields in an enum implementing this;
 * the trail stores the constant's name, and the page shows the text {@code audit.field.<NAME>}.
 */
public interface AuditField {

    String name();
}
