package kz.rudny.cabinet.events.activities.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.events.activities.boundary.ObservationStatus;
import kz.rudny.cabinet.events.activities.entity.LessonObservation;
import kz.rudny.cabinet.events.activities.entity.OpenLesson;

/**
 * The open lessons' details and observations as the caller may see them: through the events' town data
 * ({@link ActivityRecords#data()}), whose viewer filter hides another school's own lessons and every observation
 * that is neither of the caller's school nor of a lesson their school organises.
 */
@ApplicationScoped
public class LessonRecords {

    public static final String OBSERVATION = "LessonObservation";

    @Inject
    ActivityRecords activities;

    public EntityManager data() {
        return activities.data();
    }

    public Optional<OpenLesson> lesson(long activityId) {
        return Optional.ofNullable(data().find(OpenLesson.class, activityId));
    }

    public LessonObservation observation(long id) {
        LessonObservation o = data().find(LessonObservation.class, id);
        if (o == null) {
            throw new NotFoundException(OBSERVATION, id);
        }
        return o;
    }

    public Optional<LessonObservation> observationOf(long activityId, long accountId) {
        return data().createQuery("SELECT o FROM LessonObservation o WHERE o.activityId = :a"
                        + " AND o.observerAccountId = :me", LessonObservation.class)
                .setParameter("a", activityId).setParameter("me", accountId).getResultStream().findFirst();
    }

    /** The lesson's submitted observations, in the order they were submitted. */
    public List<LessonObservation> submitted(long activityId) {
        return data().createQuery("SELECT o FROM LessonObservation o WHERE o.activityId = :a AND o.status = :s"
                        + " ORDER BY o.submittedAt, o.id", LessonObservation.class)
                .setParameter("a", activityId).setParameter("s", ObservationStatus.SUBMITTED).getResultList();
    }
}
