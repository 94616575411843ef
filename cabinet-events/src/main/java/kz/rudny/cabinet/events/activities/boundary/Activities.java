package kz.rudny.cabinet.events.activities.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.rudny.cabinet.domain.audit.boundary.Changes;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.calendar.PaperDates;
import kz.rudny.cabinet.domain.errors.ChangedSinceOpenedException;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.notifications.boundary.Notice;
import kz.rudny.cabinet.domain.notifications.boundary.Notifications;
import kz.rudny.cabinet.domain.people.boundary.Profile;
import kz.rudny.cabinet.domain.people.boundary.Staff;
import kz.rudny.cabinet.domain.people.boundary.StaffCard;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.events.activities.control.ActivitiesInPlan;
import kz.rudny.cabinet.events.activities.control.ActivityAccess;
import kz.rudny.cabinet.events.activities.control.ActivityRecords;
import kz.rudny.cabinet.events.activities.control.ActivityTrail;
import kz.rudny.cabinet.events.activities.control.Places;
import kz.rudny.cabinet.events.activities.control.QueueMoves;
import kz.rudny.cabinet.events.activities.entity.Activity;
import kz.rudny.cabinet.events.activities.entity.Presenter;
import kz.rudny.cabinet.events.activities.entity.Registration;
import kz.rudny.cabinet.events.audit.boundary.EventsAction;
import kz.rudny.cabinet.events.audit.boundary.EventsField;
import kz.rudny.cabinet.events.rooms.boundary.RoomBookings;
import kz.rudny.cabinet.events.rooms.boundary.RoomView;
import kz.rudny.cabinet.events.rooms.boundary.Slot;

/**
 * Master classes, seminars, conferences, round tables, open lessons, Lesson Study lessons and pedagogical councils:
 * a school methodologist or an association head makes the school's events (for the school, or open to the town),
 * a district methodologist the district's (open to every school). A draft is seen by its organisers only; when
 * published, the audience is told. Cancelled, everyone registered or waiting is told why, and it stays, marked
 * cancelled. Which events a person sees at all, the viewer filter of {@link ActivityRecords} decides.
 */
@ApplicationScoped
@Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST, Role.DISTRICT_METHODOLOGIST})
@Transactional
public class Activities {

    /** How a room booking and a plan item name an event as their source. */
    public static final String SOURCE_KIND = "ACTIVITY";

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
    Staff staff;

    @Inject
    Settings settings;

    @Inject
    RoomBookings bookings;

    @Inject
    Notifications notifications;

    @Inject
    ActivityTrail trail;

    @Inject
    ActivitiesInPlan inPlan;

    /** Whether the caller may make events: the school's (methodologist, association head) or the district's. */
    public boolean canCreate() {
        return caller.has(Role.SCHOOL_METHODOLOGIST) || caller.has(Role.ASSOCIATION_HEAD)
                || caller.has(Role.DISTRICT_METHODOLOGIST);
    }

    /** A new event's form: a district event for the district, the school's otherwise; a usual time filled in. */
    public ActivityForm blank() {
        refuseUnlessCreator();
        ActivityForm form = new ActivityForm();
        boolean district = caller.schoolId().isEmpty();
        form.setAudience(district ? Audience.DISTRICT : Audience.SCHOOL);
        form.setLevel(district ? ActivityLevel.TOWN : ActivityLevel.SCHOOL);
        // A usual start: in a week, after lessons; registration open from now until an hour before.
        LocalDateTime start = nowLocal().toLocalDate().plusWeeks(1).atTime(15, 0);
        form.setStartsAt(start);
        form.setEndsAt(start.plusMinutes(90));
        form.setCapacity(30);
        form.setRegistrationOpensAt(nowLocal().withSecond(0).withNano(0));
        form.setRegistrationClosesAt(start.minusHours(1));
        return form;
    }

    /** Makes a draft; answers its id. */
    public long create(@NotNull @Valid ActivityForm form) {
        refuseUnlessCreator();
        Optional<Long> school = caller.schoolId();
        checked(form, school.isPresent());
        LocalDateTime now = nowUtc();
        Activity a = school.isPresent()
                ? new Activity(school.get(), profile.schoolName().orElseThrow(), caller.accountId(), caller.getFullName(), now)
                : new Activity(null, null, caller.accountId(), caller.getFullName(), now);
        describe(a, form);
        records.data().persist(a);
        records.data().flush();
        if (form.getRoomId() != null) {
            a.setRoomBookingId(bookings.bookFor(form.getRoomId(), new Slot(a.getStartsAt(), a.getEndsAt()),
                    title(a), SOURCE_KIND, a.getId()));
        }
        trail.record(EventsAction.ACTIVITY_CREATED, a.getId(), Changes.describe()
                .value(EventsField.ACTIVITY_TITLE, title(a)).value(EventsField.ACTIVITY_KIND, a.getKind())
                .value(EventsField.STARTS_AT, a.getStartsAt().format(PaperDates.DAY_AND_TIME))
                .value(EventsField.CAPACITY, String.valueOf(a.getCapacity())));
        return a.getId();
    }

    /** The form of an event the caller organises, to change it. */
    public ActivityForm form(long id) {
        Activity a = organised(id);
        ActivityForm form = new ActivityForm();
        form.setKind(a.getKind());
        form.setLevel(a.getLevel());
        form.setAudience(a.getAudience());
        form.setTitleKk(a.getTitleKk());
        form.setTitleRu(a.getTitleRu());
        form.setDescription(a.getDescription());
        form.setStartsAt(a.getStartsAt());
        form.setEndsAt(a.getEndsAt());
        form.setPlace(a.getPlace());
        form.setOnlineLink(a.getOnlineLink());
        form.setCapacity(a.getCapacity());
        form.setRegistrationOpensAt(a.getRegistrationOpensAt());
        form.setRegistrationClosesAt(a.getRegistrationClosesAt());
        form.setRoomId(roomOf(a));
        for (Presenter p : a.presenters()) {
            form.getPresenters().add(new PresenterForm(p.getStaffId(), p.getStaffId() == null ? p.getFullName() : null));
        }
        form.openedAt(a.getVersion());
        return form;
    }

    /**
     * The organiser changes or moves an event (a draft or a published one, never a cancelled or held one), with the
     * same rules as a new one; a form opened before someone else's change is refused. The capacity never goes below
     * the places taken; raised, the queue moves up (and is told). A booked room follows the new time (or the room
     * changes). When a published event's time or place changes, its calendar sequence grows and everyone registered
     * or waiting is told the new time and place.
     */
    public void update(long id, @NotNull @Valid ActivityForm form) {
        Activity a = lockedOrganised(id);
        ChangedSinceOpenedException.check(ActivityRecords.RECORD, id,
                form.getOpenedVersion() == null ? -1 : form.getOpenedVersion(), a.getVersion());
        if (a.getStatus() == ActivityStatus.CANCELLED || a.getStatus() == ActivityStatus.HELD) {
            throw new InvalidInputException("status", "activity.notChangeable");
        }
        checked(form, caller.schoolId().isPresent());
        if (a.getStatus() != ActivityStatus.DRAFT && caller.schoolId().isPresent() && form.getAudience() != a.getAudience()) {
            throw new InvalidInputException("audience", "activity.audienceFixed");
        }
        if (form.getCapacity() < a.getTaken()) {
            throw new InvalidInputException("capacity", "activity.capacityBelowTaken", a.getTaken());
        }
        ActivitySnapshot before = ActivitySnapshot.of(a, roomOf(a));
        describe(a, form);
        boolean timeChanged = !before.startsAt().equals(a.getStartsAt()) || !before.endsAt().equals(a.getEndsAt());
        boolean roomChanged = !Objects.equals(before.roomId(), form.getRoomId());
        if (timeChanged || roomChanged) {
            rebook(a, form.getRoomId());
        }
        LocalDateTime now = nowUtc();
        boolean moved = timeChanged || roomChanged || !Objects.equals(before.place(), a.getPlace())
                || !Objects.equals(before.onlineLink(), a.getOnlineLink());
        if (moved && a.getStatus() == ActivityStatus.PUBLISHED) {
            a.moved(now);
        } else {
            a.changed(now);
        }
        if (a.getCapacity() > before.capacity()) {
            queueMoves.fillAndTell(a, now);
        }
        trail.record(EventsAction.ACTIVITY_CHANGED, a.getId(), before.changesTo(a));
        if (a.getStatus() == ActivityStatus.PUBLISHED) {
            inPlan.moved(a, before.startsAt().toLocalDate(), null);
        }
        if (moved && a.getStatus() == ActivityStatus.PUBLISHED) {
            notifications.sendToParties(places.partiesOf(a), Notice.about("notice.activity.moved", title(a),
                    a.getStartsAt().format(PaperDates.DAY_AND_TIME), placeOf(a)).linkingTo(link(a)));
        }
    }

    /**
     * Publishes a draft: the audience is told (the school's people, or every school's for an open or district
     * event), and registration opens at its time.
     */
    public void publish(long id) {
        Activity a = lockedOrganised(id);
        if (a.getStatus() != ActivityStatus.DRAFT) {
            throw new InvalidInputException("status", "activity.notDraft");
        }
        if (!a.getStartsAt().isAfter(nowLocal())) {
            throw new InvalidInputException("startsAt", "activity.startInPast");
        }
        a.published(nowUtc());
        inPlan.planned(a);
        trail.record(EventsAction.ACTIVITY_PUBLISHED, a.getId(), Changes.describe()
                .value(EventsField.ACTIVITY_TITLE, title(a)));
        Notice notice = (a.getOwnerName() == null
                ? Notice.about("notice.activity.districtPublished", title(a), a.getStartsAt().format(PaperDates.DAY_AND_TIME))
                : Notice.about("notice.activity.published", title(a), a.getOwnerName(),
                        a.getStartsAt().format(PaperDates.DAY_AND_TIME))).linkingTo(link(a));
        if (a.getAudience() == Audience.SCHOOL) {
            notifications.sendToSchool(notice);
        } else {
            notifications.sendToTown(notice);
        }
    }

    /** Cancels a published event (or drops a draft's plans): everyone registered or waiting is told why. */
    public void cancel(long id, String reason) {
        Activity a = lockedOrganised(id);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidInputException("reason", "field.required");
        }
        if (why.length() > 500) {
            throw new InvalidInputException("reason", "text.tooLong", 500);
        }
        if (a.getStatus() == ActivityStatus.CANCELLED || a.getStatus() == ActivityStatus.HELD) {
            throw new InvalidInputException("reason", "activity.notCancellable");
        }
        LocalDateTime now = nowUtc();
        boolean announced = a.getStatus() == ActivityStatus.PUBLISHED;
        List<Long> told = places.partiesOf(a);
        places.cancelAll(a, now);
        a.cancelled(why, now);
        if (announced) {
            inPlan.cancelled(a);
        }
        if (a.getRoomBookingId() != null) {
            bookings.release(a.getRoomBookingId(), SOURCE_KIND, a.getId());
        }
        trail.record(EventsAction.ACTIVITY_CANCELLED, a.getId(), Changes.describe()
                .value(EventsField.ACTIVITY_TITLE, title(a)).value(EventsField.REASON, why));
        notifications.sendToParties(told, Notice.about("notice.activity.cancelled", title(a),
                a.getStartsAt().format(PaperDates.DAY_AND_TIME), why).linkingTo(link(a)));
    }

    /** An event as the caller may see it, with their own registration. */
    public ActivityView view(long id) {
        Activity a = records.find(id);
        if (!access.sees(a)) {
            throw new NotFoundException(ActivityRecords.RECORD, id);
        }
        return viewOf(a);
    }

    private ActivityView viewOf(Activity a) {
        Optional<Registration> mine = caller.schoolId().isPresent()
                ? records.registrationOf(a, caller.accountId()) : Optional.empty();
        SeatStatus seat = mine.map(Registration::getStatus).filter(s -> s != SeatStatus.CANCELLED).orElse(null);
        Integer position = seat == SeatStatus.WAITING ? places.position(a, mine.get().getQueueNo()) : null;
        return new ActivityView(a.getId(), a.getKind(), a.getLevel(), a.getAudience(), a.getTitleKk(), a.getTitleRu(),
                a.getDescription(), a.getStartsAt(), a.getEndsAt(), a.getPlace(), a.getOnlineLink(), a.getOwnerName(),
                a.getOrganiserName(), a.presenters().stream().map(p -> new PresenterView(p.getId(), p.getFullName(), p.getStaffId() == null)).toList(), a.getCapacity(),
                a.getTaken(), a.getWaiting(), a.getRegistrationOpensAt(), a.getRegistrationClosesAt(), a.getStatus(),
                a.getCancelReason(), seat, position, registrationOpen(a, nowLocal()), access.organises(a),
                a.getVersion());
    }

    /**
     * The events of a period the caller may see (their school's, the open ones of other schools, the district's;
     * drafts only for their organisers), by start; filters by kind and level when given.
     */
    public List<ActivityView> between(@NotNull LocalDate from, @NotNull LocalDate to, ActivityKind kind,
                                      ActivityLevel level) {
        TypedQuery<Activity> query = records.data().createQuery("SELECT a FROM Activity a WHERE"
                        + " a.startsAt >= :from AND a.startsAt < :to"
                        + (kind == null ? "" : " AND a.kind = :kind") + (level == null ? "" : " AND a.level = :level")
                        + " ORDER BY a.startsAt, a.id", Activity.class)
                .setParameter("from", from.atStartOfDay())
                .setParameter("to", to.plusDays(1).atStartOfDay());
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        if (level != null) {
            query.setParameter("level", level);
        }
        List<Activity> found = query.setMaxResults(500).getResultList();
        return found.stream().filter(access::sees).map(this::viewOf).toList();
    }

    /** The room the event's booking holds, if any (the organiser's school's room). */
    private Long roomOf(Activity a) {
        return a.getRoomBookingId() == null ? null
                : bookings.roomOf(a.getRoomBookingId()).map(RoomView::id).orElse(null);
    }

    /** The event's booking released and, when a room is chosen, the room booked for the event's (new) time. */
    private void rebook(Activity a, Long roomId) {
        if (a.getRoomBookingId() != null) {
            bookings.release(a.getRoomBookingId(), SOURCE_KIND, a.getId());
            a.setRoomBookingId(null);
        }
        records.data().flush();
        if (roomId != null) {
            a.setRoomBookingId(bookings.bookFor(roomId, new Slot(a.getStartsAt(), a.getEndsAt()), title(a),
                    SOURCE_KIND, a.getId()));
        }
    }

    /** Where it happens as people are told: the address, else the room, else the online link. */
    private String placeOf(Activity a) {
        if (a.getPlace() != null) {
            return a.getPlace();
        }
        if (a.getRoomBookingId() != null) {
            Optional<RoomView> room = bookings.roomOf(a.getRoomBookingId());
            if (room.isPresent()) {
                return room.get().name();
            }
        }
        return a.getOnlineLink() == null ? "" : a.getOnlineLink();
    }

    static boolean registrationOpen(Activity a, LocalDateTime now) {
        return a.getStatus() == ActivityStatus.PUBLISHED && !now.isBefore(a.getRegistrationOpensAt())
                && now.isBefore(a.getRegistrationClosesAt()) && now.isBefore(a.getStartsAt());
    }

    private void describe(Activity a, ActivityForm form) {
        a.describe(form.getKind(), form.getLevel(), caller.schoolId().isPresent() ? form.getAudience() : Audience.DISTRICT,
                form.getTitleKk(), form.getTitleRu(), form.getDescription(), form.getStartsAt(), form.getEndsAt(),
                form.getPlace(), form.getOnlineLink(), form.getRegistrationOpensAt(), form.getRegistrationClosesAt());
        a.capacityFrom(form.getCapacity());
        a.presenters().clear();
        records.data().flush();
        int n = 1;
        for (PresenterForm p : form.getPresenters()) {
            if (p.getStaffId() != null) {
                StaffCard card = colleague(p.getStaffId());
                a.presenters().add(new Presenter(a, n++, card.staffId(), null, card.fullName()));
            } else if (p.getGuestName() != null) {
                a.presenters().add(new Presenter(a, n++, null, null, p.getGuestName()));
            }
        }
    }

    private StaffCard colleague(long staffId) {
        try {
            return staff.colleague(staffId);
        } catch (NotFoundException e) {
            throw new InvalidInputException("presenters", "activity.presenterUnknown");
        }
    }

    /** The rules one field cannot say: a title, times in order, a place, a registration window before the start. */
    private void checked(ActivityForm form, boolean school) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (form.getTitleKk() == null && form.getTitleRu() == null) {
            problems.add(new InvalidInputException.Problem("titleKk", "activity.titleRequired"));
        }
        if (!form.getEndsAt().isAfter(form.getStartsAt())) {
            problems.add(new InvalidInputException.Problem("endsAt", "booking.endBeforeStart"));
        }
        AcademicYear current = AcademicYear.of(nowLocal().toLocalDate());
        LocalDate first = current.previous().firstDay();
        LocalDate last = current.next().lastDay();
        LocalDate day = form.getStartsAt().toLocalDate();
        if (day.isBefore(first) || day.isAfter(last)) {
            problems.add(new InvalidInputException.Problem("startsAt", "meeting.outsideYear", first.format(PaperDates.DAY),
                    last.format(PaperDates.DAY)));
        }
        if (form.getRoomId() == null && form.getPlace() == null && form.getOnlineLink() == null) {
            problems.add(new InvalidInputException.Problem("place", "activity.placeRequired"));
        }
        if (form.getRoomId() != null && !school) {
            problems.add(new InvalidInputException.Problem("roomId", "activity.roomOfSchool"));
        }
        if (form.getOnlineLink() != null && !form.getOnlineLink().matches("https://[^\\s<>\"]+")) {
            problems.add(new InvalidInputException.Problem("onlineLink", "activity.linkInvalid"));
        }
        if (!form.getRegistrationClosesAt().isAfter(form.getRegistrationOpensAt())) {
            problems.add(new InvalidInputException.Problem("registrationClosesAt", "activity.registrationWindow"));
        }
        if (form.getRegistrationClosesAt().isAfter(form.getStartsAt())) {
            problems.add(new InvalidInputException.Problem("registrationClosesAt", "activity.closesAfterStart"));
        }
        if (!school && form.getAudience() == Audience.SCHOOL) {
            problems.add(new InvalidInputException.Problem("audience", "activity.districtAudience"));
        }
        if (school && form.getAudience() == Audience.DISTRICT) {
            problems.add(new InvalidInputException.Problem("audience", "activity.schoolAudience"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private void refuseUnlessCreator() {
        if (!canCreate()) {
            throw new InvalidInputException("kind", "activity.notOrganiser");
        }
    }

    private Activity organised(long id) {
        Activity a = records.find(id);
        if (!access.organises(a)) {
            throw new NotFoundException(ActivityRecords.RECORD, id);
        }
        return a;
    }

    private Activity lockedOrganised(long id) {
        Activity a = records.locked(id);
        if (!access.organises(a)) {
            throw new NotFoundException(ActivityRecords.RECORD, id);
        }
        return a;
    }

    /** The title as the audience reads it: both languages when both are given. */
    public static String title(Activity a) {
        return a.bothTitles();
    }

    /** The application path of the event's page. */
    public static String link(Activity a) {
        return "/events/activity.xhtml?id=" + a.getId();
    }

    private LocalDateTime nowLocal() {
        return LocalDateTime.now(settings.timeZone());
    }

    private static LocalDateTime nowUtc() {
        return LocalDateTime.now(java.time.ZoneOffset.UTC);
    }
}
