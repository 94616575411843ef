package kz.rudny.cabinet.mentoring.pairs.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.tenancy.Tenancy;
import kz.rudny.cabinet.mentoring.pairs.entity.LessonVisit;
import kz.rudny.cabinet.mentoring.pairs.entity.MentorReport;
import kz.rudny.cabinet.mentoring.pairs.entity.MentoringPair;
import kz.rudny.cabinet.mentoring.pairs.entity.PlanItem;
import kz.rudny.cabinet.mentoring.pairs.entity.PlanTemplateItem;
import kz.rudny.cabinet.mentoring.pairs.entity.ProgressNote;

/** The caller's school's pairs and what belongs to them (the tenant filter hides every other school's). */
@ApplicationScoped
public class PairRecords {

    public static final String PAIR = "MentoringPair";
    public static final String PLAN_ITEM = "MentoringPlanItem";
    public static final String VISIT = "MentoringVisit";

    @PersistenceContext(unitName = "mentoring")
    EntityManager em;

    @Inject
    Tenancy tenancy;

    public EntityManager data() {
        return tenancy.schoolData(em);
    }

    public MentoringPair pair(long id) {
        MentoringPair p = data().find(MentoringPair.class, id);
        if (p == null) {
            throw new NotFoundException(PAIR, id);
        }
        return p;
    }

    /** Every pair of the academic year, open and ended, by the young specialist's name. */
    public List<MentoringPair> ofYear(int academicYear) {
        return data().createQuery("SELECT p FROM MentoringPair p WHERE p.academicYear = :y"
                + " ORDER BY p.youngName, p.id", MentoringPair.class).setParameter("y", academicYear).getResultList();
    }

    /** The pairs an account is in (as mentor or young specialist), the latest first. */
    public List<MentoringPair> ofAccount(long accountId) {
        return data().createQuery("SELECT p FROM MentoringPair p WHERE p.mentorAccountId = :a"
                + " OR p.youngAccountId = :a ORDER BY p.academicYear DESC, p.youngName, p.id", MentoringPair.class)
                .setParameter("a", accountId).getResultList();
    }

    /** The seats (1..limit) the mentor holds in open pairs of the year. */
    public List<Integer> seatsTaken(long mentorStaffId, int academicYear) {
        return data().createQuery("SELECT p.mentorSeat FROM MentoringPair p WHERE p.mentorStaffId = :m"
                        + " AND p.academicYear = :y AND p.mentorSeat IS NOT NULL", Integer.class)
                .setParameter("m", mentorStaffId).setParameter("y", academicYear).getResultList();
    }

    public Optional<MentoringPair> openPairOf(long youngStaffId, int academicYear) {
        return data().createQuery("SELECT p FROM MentoringPair p WHERE p.openYoungId = :s AND p.academicYear = :y",
                MentoringPair.class).setParameter("s", youngStaffId).setParameter("y", academicYear)
                .getResultStream().findFirst();
    }

    public List<PlanItem> plan(long pairId) {
        return data().createQuery("SELECT i FROM PlanItem i WHERE i.pairId = :p", PlanItem.class)
                .setParameter("p", pairId).getResultList();
    }

    public PlanItem planItem(long id) {
        PlanItem i = data().find(PlanItem.class, id);
        if (i == null) {
            throw new NotFoundException(PLAN_ITEM, id);
        }
        return i;
    }

    public List<PlanTemplateItem> template(String language) {
        return data().createQuery("SELECT t FROM PlanTemplateItem t WHERE t.language = :l"
                + " ORDER BY t.position, t.id", PlanTemplateItem.class).setParameter("l", language).getResultList();
    }

    public List<String> templateLanguages() {
        return data().createQuery("SELECT DISTINCT t.language FROM PlanTemplateItem t ORDER BY t.language",
                String.class).getResultList();
    }

    public List<LessonVisit> visits(long pairId) {
        return data().createQuery("SELECT v FROM LessonVisit v WHERE v.pairId = :p ORDER BY v.visitedOn, v.id",
                LessonVisit.class).setParameter("p", pairId).getResultList();
    }

    public LessonVisit visit(long id) {
        LessonVisit v = data().find(LessonVisit.class, id);
        if (v == null) {
            throw new NotFoundException(VISIT, id);
        }
        return v;
    }

    public List<ProgressNote> notes(long pairId) {
        return data().createQuery("SELECT n FROM ProgressNote n WHERE n.pairId = :p ORDER BY n.notedOn, n.id",
                ProgressNote.class).setParameter("p", pairId).getResultList();
    }

    public Optional<MentorReport> report(long pairId) {
        return Optional.ofNullable(data().find(MentorReport.class, pairId));
    }
}
