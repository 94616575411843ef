package kz.rudny.cabinet.library.certificates.boundary;

import kz.rudny.cabinet.library.certificates.entity.CertificateRecord;

/** Turns a register row into what it states. */
final class CertificateStatements {

    private CertificateStatements() {
    }

    static CertificateStatement of(CertificateRecord r) {
        return new CertificateStatement(r.getCode(), r.getKind(), r.getAuthorName(), r.getAuthorPosition(),
                r.getSchoolName(), r.getMaterialTitle(), r.getApprovedOn(), r.getIssuedOn());
    }
}
