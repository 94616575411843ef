package kz.rudny.cabinet.library.audit.boundary;

import kz.rudny.cabinet.domain.audit.boundary.AuditAction;

/** What the library records in a school's audit trail. */
public enum LibraryAction implements AuditAction {
    TITLE_CREATED,
    TITLE_UPDATED,
    COPY_ADDED,
    COPY_CONDITION,
    CATALOGUE_IMPORTED,
    LOAN_ISSUED,
    LOAN_RETURNED,
    LOAN_RENEWED,
    RESERVATION_MADE,
    RESERVATION_CANCELLED,
    MATERIAL_CREATED,
    MATERIAL_UPDATED,
    MATERIAL_FILE_ADDED,
    MATERIAL_FILE_REMOVED,
    MATERIAL_SUBMITTED,
    MATERIAL_APPROVED,
    MATERIAL_RETURNED,
    MATERIAL_DELETED,
    MATERIAL_SHARED,
    CERTIFICATE_ISSUED,
    CORNER_CREATED,
    CORNER_RENAMED,
    CORNER_DELETED,
    CORNER_ITEM_ADDED,
    CORNER_ITEM_REMOVED
}
