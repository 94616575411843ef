package kz.rudny.cabinet.events.activities.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kz.rudny.cabinet.domain.audit.boundary.Changes;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.events.activities.control.ActivityAccess;
import kz.rudny.cabinet.events.activities.control.ActivityRecords;
import kz.rudny.cabinet.events.activities.control.ActivityTrail;
import kz.rudny.cabinet.events.activities.entity.Activity;
import kz.rudny.cabinet.events.activities.entity.ActivityFeedback;
import kz.rudny.cabinet.events.activities.entity.Registration;
import kz.rudny.cabinet.events.audit.boundary.EventsAction;
import kz.rudny.cabinet.events.audit.boundary.EventsField;

/**
 * Feedback on an event from those who attended it (their registration marked attended): a rating from 1 to 5 and
 * an optional comment, once per person (checked under the event row's lock, and by the database's unique key). The
 * organiser reads the summary, without names; for anyone else it does not exist.
 */
@ApplicationScoped
@Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST, Role.DISTRICT_METHODOLOGIST})
@Transactional
public class Feedbacks {

    /** The longest comment kept. */
    public static final int COMMENT_MAX = 2000;

    @Inject
    ActivityRecords records;

    @Inject
    ActivityAccess access;

    @Inject
    CurrentCaller caller;

    @Inject
    ActivityTrail trail;

    /** The caller, who attended the event, rates it (1 to 5) with an optional comment; only once. */
    public void give(long activityId, int rating, String comment) {
        Activity a = records.locked(activityId);
        if (!access.sees(a)) {
            throw new NotFoundException(ActivityRecords.RECORD, activityId);
        }
        if (rating < 1 || rating > 5) {
            throw new InvalidInputException("rating", "activity.feedbackRating");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > COMMENT_MAX) {
            throw new InvalidInputException("comment", "text.tooLong", COMMENT_MAX);
        }
        Registration attended = caller.schoolId().isEmpty() ? null : records.registrationOf(a, caller.accountId())
                .filter(r -> Boolean.TRUE.equals(r.getAttended())).orElse(null);
        if (attended == null) {
            throw new InvalidInputException("rating", "activity.feedbackAttendeesOnly");
        }
        if (mineOf(a).isPresent()) {
            throw new InvalidInputException("rating", "activity.feedbackGiven");
        }
        records.data().persist(new ActivityFeedback(a, caller.accountId(), attended.getRegistrantSchoolId(), rating,
                text, LocalDateTime.now(ZoneOffset.UTC)));
        records.data().flush();
        trail.record(EventsAction.ACTIVITY_FEEDBACK_GIVEN, a.getId(), Changes.describe()
                .value(EventsField.ACTIVITY_TITLE, Activities.title(a)).value(EventsField.RATING, String.valueOf(rating)));
    }

    /** The caller's own feedback on the event, if given. */
    public Optional<FeedbackView> mine(long activityId) {
        Activity a = records.find(activityId);
        if (!access.sees(a)) {
            throw new NotFoundException(ActivityRecords.RECORD, activityId);
        }
        return mineOf(a).map(Feedbacks::viewOf);
    }

    /** For the organiser: how many, the average, each rating's count, the comments; nobody else finds it. */
    public FeedbackSummary summary(long activityId) {
        Activity a = records.find(activityId);
        if (!access.organises(a)) {
            throw new NotFoundException(ActivityRecords.RECORD, activityId);
        }
        List<ActivityFeedback> all = records.data().createQuery("SELECT f FROM ActivityFeedback f"
                + " WHERE f.activity = :a ORDER BY f.createdAt DESC, f.id DESC", ActivityFeedback.class)
                .setParameter("a", a).getResultList();
        List<Long> perRating = new ArrayList<>(List.of(0L, 0L, 0L, 0L, 0L));
        long sum = 0;
        for (ActivityFeedback f : all) {
            perRating.set(f.getRating() - 1, perRating.get(f.getRating() - 1) + 1);
            sum += f.getRating();
        }
        double average = all.isEmpty() ? 0 : (double) sum / all.size();
        List<FeedbackView> comments = all.stream().filter(f -> f.getComment() != null).map(Feedbacks::viewOf)
                .sorted(Comparator.comparing(FeedbackView::givenAt).reversed()).toList();
        return new FeedbackSummary(all.size(), average, perRating, comments);
    }

    private Optional<ActivityFeedback> mineOf(Activity a) {
        return records.data().createQuery("SELECT f FROM ActivityFeedback f WHERE f.activity = :a"
                        + " AND f.accountId = :me", ActivityFeedback.class)
                .setParameter("a", a).setParameter("me", caller.accountId()).getResultStream().findFirst();
    }

    private static FeedbackView viewOf(ActivityFeedback f) {
        return new FeedbackView(f.getRating(), f.getComment(), f.getCreatedAt());
    }
}
