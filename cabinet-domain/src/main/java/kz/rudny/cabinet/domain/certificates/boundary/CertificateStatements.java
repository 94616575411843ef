package kz.rudny.cabinet.domain.certificates.boundary;

import kz.rudny.cabinet.domain.certificates.entity.CertificateRecord;

/** Turns a register row into what it states. */
final class CertificateStatements {

    private CertificateStatements() {
    }

    static CertificateStatement of(CertificateRecord r) {
        return new CertificateStatement(r.getCode(), r.getKind(), r.getHolderName(), r.getHolderPosition(),
                r.getSchoolName(), r.getTitle(), r.getDated(), r.getIssuedOn());
    }
}
