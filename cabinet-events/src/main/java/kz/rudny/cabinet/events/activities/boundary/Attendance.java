package kz.rudny.cabinet.events.activities.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.rudny.cabinet.domain.audit.boundary.Changes;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.figures.boundary.SchoolFiguresChanged;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.events.activities.control.ActivitiesInPlan;
import kz.rudny.cabinet.events.activities.control.ActivityAccess;
import kz.rudny.cabinet.events.activities.control.ActivityRecords;
import kz.rudny.cabinet.events.activities.control.ActivityTrail;
import kz.rudny.cabinet.events.activities.entity.Activity;
import kz.rudny.cabinet.events.activities.entity.Registration;
import kz.rudny.cabinet.events.audit.boundary.EventsAction;
import kz.rudny.cabinet.events.audit.boundary.EventsField;

/**
 * Who came to an event: once it has begun (school time), its organiser marks each registered person present or
 * absent, and the event is held. The organiser may correct the marks later. Only the event's registrations with a
 * place count; one that waited, cancelled or belongs to another event refuses the whole list, and nothing is
 * stored. The organiser reads the registrations of every school through the viewer filter (the organising side's
 * key), as {@link Registrations#of} lists them.
 */
@ApplicationScoped
@Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST, Role.DISTRICT_METHODOLOGIST})
@Transactional
public class Attendance {

    @Inject
    ActivityRecords records;

    @Inject
    Event<SchoolFiguresChanged> facts;

    @Inject
    ActivityAccess access;

    @Inject
    Settings settings;

    @Inject
    ActivityTrail trail;

    @Inject
    ActivitiesInPlan inPlan;

    /**
     * Marks the registrations present ({@code true}) or absent ({@code false}), by registration id, and the event
     * held. Registrations not in the map keep their marks.
     */
    public void take(long activityId, @NotNull Map<Long, Boolean> presentByRegistrationId) {
        Activity a = records.locked(activityId);
        if (!access.organises(a)) {
            throw new NotFoundException(ActivityRecords.RECORD, activityId);
        }
        if (a.getStatus() == ActivityStatus.CANCELLED) {
            throw new InvalidInputException("attendance", "activity.cancelled");
        }
        if (a.getStatus() == ActivityStatus.DRAFT) {
            throw new InvalidInputException("attendance", "activity.attendanceOfDraft");
        }
        if (!LocalDateTime.now(settings.timeZone()).isAfter(a.getStartsAt())) {
            throw new InvalidInputException("attendance", "activity.attendanceBeforeStart");
        }
        Map<Long, Registration> registered = registered(a);
        for (Map.Entry<Long, Boolean> mark : presentByRegistrationId.entrySet()) {
            if (mark.getKey() == null || !registered.containsKey(mark.getKey())) {
                throw new InvalidInputException("attendance", "activity.attendanceNotRegistered");
            }
            if (mark.getValue() == null) {
                throw new InvalidInputException("attendance", "field.required");
            }
        }
        presentByRegistrationId.forEach((id, present) -> registered.get(id).attended(present));
        a.held(LocalDateTime.now(ZoneOffset.UTC));
        inPlan.held(a);
        long present = presentByRegistrationId.values().stream().filter(Boolean::booleanValue).count();
        trail.record(EventsAction.ACTIVITY_ATTENDANCE_TAKEN, a.getId(), Changes.describe()
                .value(EventsField.ACTIVITY_TITLE, Activities.title(a))
                .value(EventsField.PRESENT_COUNT, String.valueOf(present))
                .value(EventsField.ABSENT_COUNT, String.valueOf(presentByRegistrationId.size() - present)));
        // the organising school's figures (events held, guests) and those of every school whose teachers came
        Set<Long> schools = new TreeSet<>();
        if (a.getOwnerSchoolId() != null) {
            schools.add(a.getOwnerSchoolId());
        }
        registered.values().forEach(r -> schools.add(r.getRegistrantSchoolId()));
        List<AcademicYear> years = List.of(AcademicYear.of(a.getStartsAt().toLocalDate()));
        schools.forEach(school -> facts.fire(new ActivityHeld(school, a.getId(), years)));
    }

    /** The event's registrations with a place, of every school (the organiser's view), by id. */
    private Map<Long, Registration> registered(Activity a) {
        return records.data().createQuery("SELECT r FROM Registration r WHERE r.activity = :a AND r.status = :s",
                        Registration.class).setParameter("a", a).setParameter("s", SeatStatus.REGISTERED)
                .getResultStream().collect(Collectors.toMap(Registration::getId, Function.identity()));
    }
}
