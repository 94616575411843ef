package kz.rudny.cabinet.mentoring.attestation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.tenancy.Tenancy;
import kz.rudny.cabinet.mentoring.attestation.boundary.EvidenceView;
import kz.rudny.cabinet.mentoring.attestation.boundary.RequirementView;
import kz.rudny.cabinet.mentoring.attestation.entity.AttestationRecord;
import kz.rudny.cabinet.mentoring.attestation.entity.CategoryRule;
import kz.rudny.cabinet.mentoring.attestation.entity.Evidence;
import kz.rudny.cabinet.mentoring.attestation.entity.Requirement;

/**
 * The caller's school's attestation records and portfolios (the tenant filter hides every other school's), and the
 * district's requirements table (the same for everyone, read through the town view, so district people read it too).
 */
@ApplicationScoped
public class AttestationRecords {

    public static final String EVIDENCE = "MentoringEvidence";
    public static final String REQUIREMENT = "MentoringRequirement";

    @PersistenceContext(unitName = "mentoring")
    EntityManager em;

    @Inject
    Tenancy tenancy;

    public EntityManager data() {
        return tenancy.schoolData(em);
    }

    public EntityManager district() {
        return tenancy.townData(em);
    }

    /** The staff member's record, made when first needed. */
    public AttestationRecord of(long staffId) {
        return data().createQuery("SELECT a FROM AttestationRecord a WHERE a.staffId = :s", AttestationRecord.class)
                .setParameter("s", staffId).getResultStream().findFirst().orElseGet(() -> {
                    AttestationRecord a = new AttestationRecord(staffId);
                    data().persist(a);
                    return a;
                });
    }

    public Map<Long, AttestationRecord> all() {
        Map<Long, AttestationRecord> all = new HashMap<>();
        data().createQuery("SELECT a FROM AttestationRecord a", AttestationRecord.class).getResultStream()
                .forEach(a -> all.put(a.getStaffId(), a));
        return all;
    }

    public List<Evidence> evidence(long staffId) {
        return data().createQuery("SELECT e FROM Evidence e WHERE e.staffId = :s ORDER BY e.kind, e.achievedOn DESC,"
                + " e.id", Evidence.class).setParameter("s", staffId).getResultList();
    }

    public Evidence evidenceItem(long id) {
        Evidence e = data().find(Evidence.class, id);
        if (e == null) {
            throw new NotFoundException(EVIDENCE, id);
        }
        return e;
    }

    public List<RequirementView> requirements() {
        return district().createQuery("SELECT r FROM Requirement r ORDER BY r.category, r.kind, r.id",
                Requirement.class).getResultStream().map(r -> new RequirementView(r.getId(), r.getCategory(),
                r.getKind(), r.getMinLevel(), r.getHowMany(), r.getVersion())).toList();
    }

    public List<CategoryRule> rules() {
        return district().createQuery("SELECT c FROM CategoryRule c ORDER BY c.category", CategoryRule.class)
                .getResultList();
    }

    public static EvidenceView view(Evidence e) {
        return new EvidenceView(e.getId(), e.getKind(), e.getLevel(), e.getTitle(), e.getAchievedOn(),
                e.getPupilName(), e.getPlace(), e.getTestPercent(), e.getLinkKind(), e.getLinkRef(), e.getFileName());
    }
}
