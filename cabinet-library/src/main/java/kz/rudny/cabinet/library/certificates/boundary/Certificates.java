package kz.rudny.cabinet.library.certificates.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import kz.rudny.cabinet.domain.audit.boundary.AuditTrail;
import kz.rudny.cabinet.domain.audit.boundary.Changes;
import kz.rudny.cabinet.domain.certificates.boundary.CertificateFacts;
import kz.rudny.cabinet.domain.certificates.boundary.CertificateKind;
import kz.rudny.cabinet.domain.certificates.boundary.CertificatePdf;
import kz.rudny.cabinet.domain.certificates.boundary.CertificateRegister;
import kz.rudny.cabinet.domain.certificates.boundary.CertificateStatement;
import kz.rudny.cabinet.domain.certificates.boundary.NewCertificate;
import kz.rudny.cabinet.domain.certificates.boundary.Registered;
import kz.rudny.cabinet.library.audit.boundary.LibraryAction;
import kz.rudny.cabinet.library.audit.boundary.LibraryField;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.people.boundary.Profile;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.tenancy.Tenancy;
import kz.rudny.cabinet.library.exchange.boundary.DistrictExchange;
import kz.rudny.cabinet.library.exchange.boundary.SharedMaterialView;
import kz.rudny.cabinet.library.materials.boundary.MaterialCard;
import kz.rudny.cabinet.library.materials.boundary.MaterialStatus;
import kz.rudny.cabinet.library.materials.boundary.PublishedMaterials;
import kz.rudny.cabinet.library.materials.boundary.ShareState;

/**
 * Publication certificates for the author of a material (or the school methodologist): one for a material
 * approved in the school, another once it is featured as district best practice. Each is entered once in the
 * public register with its code; downloading again gives the same code.
 */
@ApplicationScoped
@Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
@Transactional
public class Certificates {

    /** How the register names a material's certificate: "MATERIAL:<school>:<material>". */
    static final String SUBJECT = "MATERIAL:";

    @Inject
    CertificateRegister register;

    @Inject
    PublishedMaterials materials;

    @Inject
    DistrictExchange exchange;

    @Inject
    CurrentCaller caller;

    @Inject
    Tenancy tenancy;

    @Inject
    Profile profile;

    @Inject
    Settings settings;

    @Inject
    AuditTrail audit;

    private final CertificatePdf pdf = new CertificatePdf();

    /** Which certificates the caller may download for a material of their school. */
    public List<CertificateKind> available(long materialId) {
        MaterialCard m = materials.card(materialId, Language.EN);
        if (!mayHave(m)) {
            return List.of();
        }
        if (m.status() != MaterialStatus.PUBLISHED) {
            return List.of();
        }
        boolean featured = featured(m) != null;
        return featured ? List.of(CertificateKind.APPROVED_IN_SCHOOL, CertificateKind.DISTRICT_BEST_PRACTICE)
                : List.of(CertificateKind.APPROVED_IN_SCHOOL);
    }

    /** The certificate as a PDF in Kazakh or Russian (or English); {@code verifyBase} is the verification page's address. */
    public byte[] pdf(long materialId, @NotNull CertificateKind kind, @NotNull Language language,
                      @NotNull String verifyBase) {
        MaterialCard m = materials.card(materialId, Language.EN);
        if (!mayHave(m)) {
            throw new NotFoundException("Material", materialId);
        }
        if (!available(materialId).contains(kind)) {
            throw new InvalidInputException("kind", "certificate.notAvailable");
        }
        CertificateStatement statement = registered(m, kind);
        return pdf.render(new CertificateFacts(statement, verifyBase + "?code=" + statement.code()), language.locale());
    }

    /** The material's certificate of the kind in the district's register: entered (and audited) the first time. */
    private CertificateStatement registered(MaterialCard m, CertificateKind kind) {
        long school = tenancy.currentSchool().orElseThrow();
        Registered r = register.registered(kind, SUBJECT + school + ":" + m.id(), () -> {
            LocalDateTime when = kind == CertificateKind.APPROVED_IN_SCHOOL ? m.approvedAt() : featured(m).featuredAt();
            return new NewCertificate(school, m.authorName(), m.authorPosition(), profile.schoolName().orElseThrow(),
                    m.fullTitle(), local(when), LocalDate.now(settings.timeZone()));
        });
        if (r.isNew()) {
            audit.record(LibraryAction.CERTIFICATE_ISSUED, "Material", m.id(), Changes.describe()
                    .value(LibraryField.CERTIFICATE, kind).value(LibraryField.VERIFICATION_CODE, r.statement().code()));
        }
        return r.statement();
    }

    private SharedMaterialView featured(MaterialCard m) {
        return exchange.shareOfOwn(m.id()).filter(s -> s.state() == ShareState.FEATURED).orElse(null);
    }

    private boolean mayHave(MaterialCard m) {
        return m.callerIsAuthor() || caller.has(Role.SCHOOL_METHODOLOGIST);
    }

    private LocalDate local(LocalDateTime utc) {
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(settings.timeZone()).toLocalDate();
    }
}
