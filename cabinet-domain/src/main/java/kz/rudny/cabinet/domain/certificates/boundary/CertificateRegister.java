package kz.rudny.cabinet.domain.certificates.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import java.util.function.Supplier;
import kz.rudny.cabinet.domain.certificates.control.CertificateCodes;
import kz.rudny.cabinet.domain.certificates.entity.CertificateRecord;
import kz.rudny.cabinet.domain.security.Allowed;

/**
 * The one register of certificates that every module enters its certificates in (a material's publication, an
 * event's participation...), so that one public page checks them all. The issuing module has decided who may
 * have the certificate and joins its transaction: a certificate is entered with what the module checked, or not
 * at all. A subject's certificate of a kind is entered once (a unique constraint); asking again answers the same.
 */
@ApplicationScoped
@Allowed // any signed-in person: the issuing module checks the role
@Transactional(TxType.MANDATORY)
public class CertificateRegister {

    @PersistenceContext(unitName = "cabinet")
    EntityManager em;

    /** The certificate of the subject and kind, entered with the facts the supplier gives when it is new. */
    public Registered registered(@NotNull CertificateKind kind, @NotNull String subjectKey,
                                 @NotNull Supplier<NewCertificate> facts) {
        Optional<CertificateRecord> existing = find(kind, subjectKey);
        if (existing.isPresent()) {
            return new Registered(CertificateStatements.of(existing.get()), false);
        }
        NewCertificate n = facts.get();
        CertificateRecord r = new CertificateRecord(CertificateCodes.newCode(), kind, subjectKey, n.originSchoolId(),
                n.holderName(), n.holderPosition(), n.schoolName(), n.title(), n.dated(), n.issuedOn());
        em.persist(r);
        em.flush();
        return new Registered(CertificateStatements.of(r), true);
    }

    /** The certificate of the subject and kind, if one was entered. */
    public Optional<CertificateStatement> entered(@NotNull CertificateKind kind, @NotNull String subjectKey) {
        return find(kind, subjectKey).map(CertificateStatements::of);
    }

    private Optional<CertificateRecord> find(CertificateKind kind, String subjectKey) {
        return em.createQuery("SELECT c FROM CertificateRecord c WHERE c.kind = :k AND c.subjectKey = :s",
                CertificateRecord.class).setParameter("k", kind).setParameter("s", subjectKey)
                .getResultStream().findFirst();
    }
}
