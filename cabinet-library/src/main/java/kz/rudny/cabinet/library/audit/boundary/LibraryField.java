package kz.rudny.cabinet.library.audit.boundary;

import kz.rudny.cabinet.domain.audit.boundary.AuditField;

/** The fields of the library's records that the audit trail keeps. */
public enum LibraryField implements AuditField {
    TITLE,
    TITLE_KK,
    TITLE_RU,
    AUTHORS,
    PUBLISHER,
    PUBLICATION_YEAR,
    ISBN,
    LANGUAGE,
    TYPE,
    SUBJECT,
    GRADE_FROM,
    GRADE_TO,
    SHELF_PLACE,
    ANNOTATION,
    ACADEMIC_YEAR,
    COPIES,
    INVENTORY_NUMBER,
    CONDITION,
    BORROWER,
    DUE_DATE,
    READER,
    FILE,
    SHA256,
    COMMENT,
    CERTIFICATE,
    VERIFICATION_CODE,
    NAME,
    DESCRIPTION,
    MATERIAL,
    TITLES,
    REFUSED_ROWS
}
