package kz.rudny.cabinet.library.certificates.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import kz.rudny.cabinet.domain.audit.boundary.AuditTrail;
import kz.rudny.cabinet.domain.audit.boundary.Changes;
import kz.rudny.cabinet.library.audit.boundary.LibraryAction;
import kz.rudny.cabinet.library.audit.boundary.LibraryField;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.people.boundary.Profile;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.library.certificates.control.CertificateCodes;
import kz.rudny.cabinet.library.certificates.control.CertificateFacts;
import kz.rudny.cabinet.library.certificates.control.CertificatePdf;
import kz.rudny.cabinet.library.certificates.entity.CertificateRecord;
import kz.rudny.cabinet.library.exchange.control.SharedShelf;
import kz.rudny.cabinet.library.exchange.entity.DistrictShare;
import kz.rudny.cabinet.library.materials.boundary.MaterialStatus;
import kz.rudny.cabinet.library.materials.boundary.ShareState;
import kz.rudny.cabinet.library.materials.control.Reader;
import kz.rudny.cabinet.library.materials.control.Shelf;
import kz.rudny.cabinet.library.materials.entity.Material;

/**
 * Publication certificates for the author of a material (or the school methodologist): one for a material
 * approved in the school, another once it is featured as district best practice. Each is entered once in the
 * public register with its code; downloading again gives the same code.
 */
@ApplicationScoped
@Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
@Transactional
public class Certificates {

    @PersistenceContext(unitName = "library")
    EntityManager em;

    @Inject
    Shelf shelf;

    @Inject
    SharedShelf shared;

    @Inject
    Reader reader;

    @Inject
    Profile profile;

    @Inject
    Settings settings;

    @Inject
    AuditTrail audit;

    private final CertificatePdf pdf = new CertificatePdf();

    /** Which certificates the caller may download for a material of their school. */
    public List<CertificateKind> available(long materialId) {
        Material m = shelf.material(materialId);
        if (!mayHave(m)) {
            return List.of();
        }
        if (m.getStatus() != MaterialStatus.PUBLISHED) {
            return List.of();
        }
        boolean featured = featured(m) != null;
        return featured ? List.of(CertificateKind.APPROVED_IN_SCHOOL, CertificateKind.DISTRICT_BEST_PRACTICE)
                : List.of(CertificateKind.APPROVED_IN_SCHOOL);
    }

    /** The certificate as a PDF in Kazakh or Russian (or English); {@code verifyBase} is the verification page's address. */
    public byte[] pdf(long materialId, @NotNull CertificateKind kind, @NotNull Language language,
                      @NotNull String verifyBase) {
        Material m = shelf.material(materialId);
        if (!mayHave(m)) {
            throw new NotFoundException("Material", materialId);
        }
        if (!available(materialId).contains(kind)) {
            throw new InvalidInputException("kind", "certificate.notAvailable");
        }
        CertificateRecord r = registered(m, kind);
        return pdf.render(new CertificateFacts(r.getCode(), kind, r.getAuthorName(), r.getAuthorPosition(),
                r.getSchoolName(), r.getMaterialTitle(), r.getIssuedOn(), r.getApprovedOn(),
                verifyBase + "?code=" + r.getCode()), language.locale());
    }

    private CertificateRecord registered(Material m, CertificateKind kind) {
        long school = shelf.schoolId();
        return em.createQuery("SELECT c FROM CertificateRecord c WHERE c.originSchoolId = :s AND c.materialId = :m "
                + "AND c.kind = :k", CertificateRecord.class).setParameter("s", school).setParameter("m", m.getId())
                .setParameter("k", kind).getResultStream().findFirst().orElseGet(() -> {
                    LocalDateTime when = kind == CertificateKind.APPROVED_IN_SCHOOL ? m.getApprovedAt()
                            : featured(m).getFeaturedAt();
                    CertificateRecord r = new CertificateRecord(CertificateCodes.newCode(), kind, school, m.getId(),
                            m.getAuthorName(), m.getAuthorPosition(), profile.schoolName().orElseThrow(),
                            m.fullTitle(), local(when), LocalDate.now(settings.timeZone()));
                    em.persist(r);
                    em.flush();
                    audit.record(LibraryAction.CERTIFICATE_ISSUED, "Material", m.getId(), Changes.describe()
                            .value(LibraryField.CERTIFICATE, kind).value(LibraryField.VERIFICATION_CODE, r.getCode()));
                    return r;
                });
    }

    private DistrictShare featured(Material m) {
        return shared.shareOf(shelf.schoolId(), m.getId()).filter(s -> s.getState() == ShareState.FEATURED)
                .orElse(null);
    }

    private boolean mayHave(Material m) {
        return reader.isAuthor(m) || reader.isMethodologist();
    }

    private LocalDate local(LocalDateTime utc) {
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(settings.timeZone()).toLocalDate();
    }
}
