package kz.rudny.cabinet.domain.certificates.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import kz.rudny.cabinet.domain.certificates.control.CertificateCodes;
import kz.rudny.cabinet.domain.certificates.entity.CertificateRecord;

/**
 * PUBLIC, no sign-in: checks a certificate by its code. It answers only for a well-formed code that exists,
 * and then only what the certificate itself states; read-only, so it needs no transaction.
 */
@ApplicationScoped
@PermitAll // the public check of a certificate code: no sign-in, it shows only what the certificate states
public class CertificateCheck {

    @PersistenceContext(unitName = "cabinet")
    EntityManager em;

    public Optional<CertificateStatement> check(String typedCode) {
        return CertificateCodes.normalise(typedCode).flatMap(code -> em.createQuery(
                "SELECT c FROM CertificateRecord c WHERE c.code = :code", CertificateRecord.class)
                .setParameter("code", code).getResultStream().findFirst())
                .map(CertificateStatements::of);
    }
}
