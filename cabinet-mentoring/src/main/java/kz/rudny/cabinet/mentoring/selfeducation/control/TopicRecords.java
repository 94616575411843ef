package kz.rudny.cabinet.mentoring.selfeducation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.tenancy.Tenancy;
import kz.rudny.cabinet.mentoring.selfeducation.boundary.TopicView;
import kz.rudny.cabinet.mentoring.selfeducation.entity.Outcome;
import kz.rudny.cabinet.mentoring.selfeducation.entity.SelfTopic;
import kz.rudny.cabinet.mentoring.selfeducation.entity.TopicStage;

/** The caller's school's self-education topics and outcomes (the tenant filter hides every other school's). */
@ApplicationScoped
public class TopicRecords {

    public static final String TOPIC = "MentoringSelfTopic";
    public static final String OUTCOME = "MentoringSelfOutcome";

    @PersistenceContext(unitName = "mentoring")
    EntityManager em;

    @Inject
    Tenancy tenancy;

    public EntityManager data() {
        return tenancy.schoolData(em);
    }

    public SelfTopic topic(long id) {
        SelfTopic t = data().find(SelfTopic.class, id);
        if (t == null) {
            throw new NotFoundException(TOPIC, id);
        }
        return t;
    }

    public List<SelfTopic> ofStaff(Collection<Long> staffIds) {
        if (staffIds.isEmpty()) {
            return List.of();
        }
        return data().createQuery("SELECT t FROM SelfTopic t WHERE t.staffId IN :s ORDER BY t.teacherName,"
                + " t.fromYear DESC, t.id", SelfTopic.class).setParameter("s", staffIds).getResultList();
    }

    public List<Outcome> outcomes(long topicId) {
        return data().createQuery("SELECT o FROM Outcome o WHERE o.topicId = :t ORDER BY o.heldOn, o.id",
                Outcome.class).setParameter("t", topicId).getResultList();
    }

    public Outcome outcome(long id) {
        Outcome o = data().find(Outcome.class, id);
        if (o == null) {
            throw new NotFoundException(OUTCOME, id);
        }
        return o;
    }

    /** The topic as the reader sees it. */
    public TopicView view(SelfTopic t, Long readerStaffId) {
        List<Outcome> outcomes = outcomes(t.getId());
        List<TopicView.StageView> stages = t.getStages().stream().map((TopicStage s) -> new TopicView.StageView(
                s.getStage(), s.getPlannedFrom(), s.getPlannedTo(), s.getDoneOn(), s.getNote(), outcomes.stream()
                .filter(o -> o.getStage() == s.getStage()).map(o -> new TopicView.OutcomeView(o.getId(), o.getKind(),
                        o.getTitle(), o.getHeldOn(), o.getLinkKind(), o.getLinkRef())).toList())).toList();
        return new TopicView(t.getId(), t.getStaffId(), t.getTeacherName(), t.getTitle(), t.getLanguage(),
                t.getFromYear(), t.getToYear(), stages, readerStaffId != null && readerStaffId == t.getStaffId(),
                t.getVersion());
    }
}
