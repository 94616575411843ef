package kz.rudny.cabinet.events.activities.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import kz.rudny.cabinet.domain.audit.boundary.Changes;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.people.boundary.Profile;
import kz.rudny.cabinet.domain.calendar.PaperDates;
import kz.rudny.cabinet.domain.notifications.boundary.Notice;
import kz.rudny.cabinet.domain.notifications.boundary.Notifications;
import kz.rudny.cabinet.domain.people.boundary.Staff;
import kz.rudny.cabinet.domain.people.boundary.StaffCard;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.events.activities.control.ActivityAccess;
import kz.rudny.cabinet.events.activities.control.ActivityRecords;
import kz.rudny.cabinet.events.activities.control.ActivityTrail;
import kz.rudny.cabinet.events.activities.control.Places;
import kz.rudny.cabinet.events.activities.control.QueueMoves;
import kz.rudny.cabinet.events.activities.entity.Activity;
import kz.rudny.cabinet.events.activities.entity.Registration;
import kz.rudny.cabinet.events.audit.boundary.EventsAction;
import kz.rudny.cabinet.events.audit.boundary.EventsField;

/**
 * Registering for an event: people of its audience register themselves while registration is open; exactly
 * {@code capacity} get a place, the rest wait in the order they came. A person who cancels (until the start) frees
 * the place for the first in the queue, who is told at once; the organiser may change the capacity (never below
 * the places taken), and the queue moves up. Every change of places happens under the event row's lock
 * ({@link Places}); a second registration of one person is refused by the database too.
 */
@ApplicationScoped
@Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST, Role.DISTRICT_METHODOLOGIST})
@Transactional
public class Registrations {

    @Inject
    ActivityRecords records;

    @Inject
    ActivityAccess access;

    @Inject
    Places places;

    @Inject
    QueueMoves queueMoves;

    @Inject
    CurrentCaller caller;

    @Inject
    Profile profile;

    @Inject
    Settings settings;

    @Inject
    ActivityTrail trail;

    @Inject
    Staff staff;

    @Inject
    Notifications notifications;

    /** Registers the caller: a place, or a place in the queue. */
    public Seat register(long activityId) {
        StaffCard me = profile.staffCard().orElseThrow(() -> new InvalidInputException("activity",
                "activity.notStaff"));
        Activity a = records.locked(activityId);
        if (!access.sees(a)) {
            throw new NotFoundException(ActivityRecords.RECORD, activityId);
        }
        LocalDateTime now = LocalDateTime.now(settings.timeZone());
        if (!Activities.registrationOpen(a, now)) {
            throw new InvalidInputException("activity", closedReason(a, now));
        }
        return seatFor(a, caller.accountId(), me);
    }

    /**
     * The organiser of a school's event registers a colleague of that school (a place, or a place in the queue, under
     * the same rules as registering oneself); the colleague is told.
     */
    public Seat registerColleague(long activityId, long staffId) {
        Activity a = records.locked(activityId);
        if (!access.organises(a)) {
            throw new NotFoundException(ActivityRecords.RECORD, activityId);
        }
        if (a.getOwnerSchoolId() == null || !a.getOwnerSchoolId().equals(caller.schoolId().orElse(null))) {
            throw new InvalidInputException("colleague", "activity.colleaguesOfOwnSchool");
        }
        StaffCard who;
        long account;
        try {
            who = staff.colleague(staffId);
            account = staff.accountOf(staffId);
        } catch (NotFoundException e) {
            throw new InvalidInputException("colleague", "activity.presenterUnknown");
        }
        LocalDateTime now = LocalDateTime.now(settings.timeZone());
        if (!Activities.registrationOpen(a, now)) {
            throw new InvalidInputException("colleague", closedReason(a, now));
        }
        Seat seat = seatFor(a, account, who);
        notifications.sendToParties(List.of(account), Notice.about(seat.status() == SeatStatus.REGISTERED
                        ? "notice.activity.registeredByOrganiser" : "notice.activity.queuedByOrganiser",
                Activities.title(a), a.getStartsAt().format(PaperDates.DAY_AND_TIME),
                seat.position() == null ? "" : String.valueOf(seat.position())).linkingTo(Activities.link(a)));
        return seat;
    }

    /** A place or a place in the queue for the account (the event locked, registration open). */
    private Seat seatFor(Activity a, long accountId, StaffCard who) {
        Registration r = records.registrationOf(a, accountId).orElse(null);
        if (r != null && r.getStatus() != SeatStatus.CANCELLED) {
            throw new InvalidInputException("activity", "activity.alreadyRegistered");
        }
        boolean fresh = r == null;
        if (fresh) {
            r = new Registration(a, accountId, who.schoolId(), who.staffId(), who.fullName(), who.schoolName(),
                    who.jobTitle());
        }
        Seat seat = places.take(a, r, nowUtc());
        if (fresh) {
            records.data().persist(r);
        }
        records.data().flush();
        trail.record(seat.status() == SeatStatus.REGISTERED ? EventsAction.ACTIVITY_REGISTERED
                : EventsAction.ACTIVITY_QUEUED, a.getId(), Changes.describe()
                .value(EventsField.ACTIVITY_TITLE, Activities.title(a)));
        return seat;
    }

    /** Cancels the caller's registration, until the start; a freed place goes to the first waiting. */
    public void cancel(long activityId) {
        Activity a = records.locked(activityId);
        Registration r = records.registrationOf(a, caller.accountId())
                .filter(x -> x.getStatus() != SeatStatus.CANCELLED)
                .orElseThrow(() -> new InvalidInputException("activity", "activity.notRegistered"));
        if (!LocalDateTime.now(settings.timeZone()).isBefore(a.getStartsAt())) {
            throw new InvalidInputException("activity", "activity.alreadyStarted");
        }
        List<Places.MovedUp> moved = places.release(a, r, nowUtc());
        trail.record(EventsAction.ACTIVITY_REGISTRATION_CANCELLED, a.getId(),
                Changes.describe().value(EventsField.ACTIVITY_TITLE, Activities.title(a)));
        queueMoves.tell(a, moved);
    }

    /** The organiser changes the number of places: never below those taken; the queue moves up into new ones. */
    public void changeCapacity(long activityId, int capacity) {
        Activity a = records.locked(activityId);
        if (!access.organises(a)) {
            throw new NotFoundException(ActivityRecords.RECORD, activityId);
        }
        if (capacity < 1 || capacity > 2000) {
            throw new InvalidInputException("capacity", "activity.capacityRange");
        }
        if (capacity < a.getTaken()) {
            throw new InvalidInputException("capacity", "activity.capacityBelowTaken", a.getTaken());
        }
        int before = a.getCapacity();
        a.capacityFrom(capacity);
        trail.record(EventsAction.ACTIVITY_CAPACITY_CHANGED, a.getId(), Changes.describe()
                .field(EventsField.CAPACITY, String.valueOf(before), String.valueOf(capacity)));
        queueMoves.fillAndTell(a, nowUtc());
    }

    /** The organiser's list: places first, then the queue in order; each person's school and position. */
    public List<RegistrationView> of(long activityId) {
        Activity a = records.find(activityId);
        if (!access.organises(a)) {
            throw new NotFoundException(ActivityRecords.RECORD, activityId);
        }
        return records.data().createQuery("SELECT r FROM Registration r WHERE r.activity = :a AND r.status <> :c"
                        + " ORDER BY r.status, r.queueNo", Registration.class)
                .setParameter("a", a).setParameter("c", SeatStatus.CANCELLED).getResultStream()
                .map(r -> new RegistrationView(r.getId(), r.getFullName(), r.getSchoolName(), r.getPositionTitle(),
                        r.getStatus(), r.getQueueNo(), r.getRegisteredAt(), r.getAttended()))
                .toList();
    }

    private static String closedReason(Activity a, LocalDateTime now) {
        if (a.getStatus() == ActivityStatus.CANCELLED) {
            return "activity.cancelled";
        }
        if (a.getStatus() != ActivityStatus.PUBLISHED) {
            return "activity.notOpen";
        }
        return now.isBefore(a.getRegistrationOpensAt()) ? "activity.registrationNotYet" : "activity.registrationClosed";
    }

    private static LocalDateTime nowUtc() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    /**
     * The caller's own registrations that are not cancelled, by the event's start: read with the caller's own
     * account only; a waiting one with its place in the queue.
     */
    public List<MyRegistration> mine() {
        if (caller.schoolId().isEmpty()) {
            return List.of();
        }
        return records.data().createQuery("SELECT r FROM Registration r WHERE r.accountId = :me AND r.status <> :c"
                        + " ORDER BY r.activity.startsAt, r.activity.id", Registration.class)
                .setParameter("me", caller.accountId()).setParameter("c", SeatStatus.CANCELLED).getResultList()
                .stream().map(r -> {
                    Activity a = r.getActivity();
                    Integer position = r.getStatus() == SeatStatus.WAITING ? places.position(a, r.getQueueNo()) : null;
                    return new MyRegistration(a.getId(), a.getTitleKk(), a.getTitleRu(), a.getStartsAt(),
                            a.getEndsAt(), a.getStatus(), r.getStatus(), position);
                })
                .toList();
    }
}
