package kz.rudny.cabinet.events.meetings.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.rudny.cabinet.domain.association.boundary.AssociationRoster;
import kz.rudny.cabinet.domain.association.boundary.Associations;
import kz.rudny.cabinet.domain.audit.boundary.AuditTrail;
import kz.rudny.cabinet.domain.audit.boundary.Changes;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.calendar.PaperDates;
import kz.rudny.cabinet.domain.errors.ChangedSinceOpenedException;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.figures.boundary.SchoolFiguresChanged;
import kz.rudny.cabinet.domain.notifications.boundary.Notice;
import kz.rudny.cabinet.domain.notifications.boundary.Notifications;
import kz.rudny.cabinet.domain.people.boundary.StaffCard;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.events.audit.boundary.EventsAction;
import kz.rudny.cabinet.events.audit.boundary.EventsField;
import kz.rudny.cabinet.events.meetings.control.MeetingAccess;
import kz.rudny.cabinet.events.meetings.control.MeetingRecords;
import kz.rudny.cabinet.events.meetings.control.MeetingsInPlan;
import kz.rudny.cabinet.events.meetings.entity.AgendaItem;
import kz.rudny.cabinet.events.meetings.entity.Meeting;
import kz.rudny.cabinet.events.rooms.boundary.RoomBookings;
import kz.rudny.cabinet.events.rooms.boundary.RoomView;
import kz.rudny.cabinet.events.rooms.boundary.Slot;

/**
 * Planning an association's meetings: the head (or the school methodologist) sets the day, time, place and agenda;
 * a meeting in a room of the school books the room by itself; members are told when a meeting is planned, moved or
 * cancelled.
 */
@ApplicationScoped
@Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
@Transactional
public class Meetings {

    /** What a meeting's room booking names as its source. */
    public static final String SOURCE_KIND = "MEETING";

    @Inject
    MeetingRecords records;

    @Inject
    Event<SchoolFiguresChanged> facts;

    @Inject
    MeetingAccess access;

    @Inject
    Associations associations;

    @Inject
    RoomBookings bookings;

    @Inject
    Notifications notifications;

    @Inject
    Settings settings;

    @Inject
    MeetingsInPlan inPlan;

    @Inject
    kz.rudny.cabinet.domain.association.boundary.Memberships memberships;

    @Inject
    kz.rudny.cabinet.domain.people.boundary.Profile profile;

    @Inject
    kz.rudny.cabinet.domain.security.CurrentCaller caller;

    @Inject
    AuditTrail audit;

    /** The associations whose meetings the caller sees: their own (as member or head), or all for the methodologist. */
    public List<AssociationRoster> associationsOfMine() {
        return associations.rosters().stream().filter(access::canRead).toList();
    }

    /** Whether the caller plans this association's meetings. */
    public boolean canPlan(long associationId) {
        return access.canPlan(access.roster(associationId));
    }

    /** The association's meetings of the academic year, in date order. */
    public List<MeetingSummary> ofAssociation(long associationId, @NotNull AcademicYear year) {
        AssociationRoster roster = access.roster(associationId);
        if (!access.canRead(roster)) {
            return List.of();
        }
        return records.data().createQuery("SELECT m FROM Meeting m WHERE m.associationId = :a AND m.academicYear = :y"
                        + " ORDER BY m.startsAt, m.id", Meeting.class)
                .setParameter("a", associationId).setParameter("y", year.startYear())
                .getResultStream().map(Meetings::summary).toList();
    }

    /** The meetings the caller may read from one day to another (exclusive), in time order. */
    public List<MeetingSummary> mineBetween(@NotNull LocalDate from, @NotNull LocalDate to) {
        // The start page asks this on every visit: one query for the memberships (a head is a member), none for
        // the methodologist, who reads every association's meetings.
        boolean all = caller.has(Role.SCHOOL_METHODOLOGIST);
        List<Long> readable = all ? List.of() : profile.staffId().map(memberships::associationsOf).orElse(List.of());
        if (!all && readable.isEmpty()) {
            return List.of();
        }
        String mine = all ? "" : " AND m.associationId IN :a";
        var query = records.data().createQuery("SELECT m FROM Meeting m WHERE m.startsAt < :to AND m.endsAt > :from"
                        + mine + " ORDER BY m.startsAt, m.id", Meeting.class)
                .setParameter("from", from.atStartOfDay()).setParameter("to", to.atStartOfDay());
        if (!all) {
            query.setParameter("a", readable);
        }
        return query
                .getResultStream().map(Meetings::summary).toList();
    }

    public MeetingView view(long id) {
        Meeting m = records.find(id);
        AssociationRoster roster = access.reading(m);
        return view(m, access.canPlan(roster), access.canRecord(roster, m));
    }

    /** The room a meeting is held in, when it booked one. */
    public Optional<RoomView> roomOf(MeetingView meeting) {
        return meeting.roomBookingId() == null ? Optional.empty() : bookings.roomOf(meeting.roomBookingId());
    }

    /** A new meeting's form: next week at 15:00, with an empty agenda item. */
    public MeetingForm blank(long associationId) {
        access.planning(associationId);
        MeetingForm form = new MeetingForm();
        form.setAssociationId(associationId);
        form.setDate(LocalDate.now(settings.timeZone()).plusWeeks(1));
        form.setStart(java.time.LocalTime.of(15, 0));
        form.setEnd(java.time.LocalTime.of(16, 0));
        form.getAgenda().add(new AgendaItemForm());
        return form;
    }

    /** The form of a planned meeting, to change it. */
    public MeetingForm form(long id) {
        Meeting m = records.find(id);
        access.reading(m);
        access.planning(m.getAssociationId());
        MeetingForm form = new MeetingForm();
        form.setAssociationId(m.getAssociationId());
        form.setDate(m.getStartsAt().toLocalDate());
        form.setStart(m.getStartsAt().toLocalTime());
        form.setEnd(m.getEndsAt().toLocalTime());
        form.setPlace(m.getPlace());
        if (m.getRoomBookingId() != null) {
            bookings.roomOf(m.getRoomBookingId()).ifPresent(r -> form.setRoomId(r.id()));
        }
        for (AgendaItem i : m.agenda()) {
            form.getAgenda().add(new AgendaItemForm(i.getTopic(), i.getSpeakerStaffId(),
                    i.getSpeakerStaffId() == null ? i.getSpeakerName() : null));
        }
        form.openedAt(m.getVersion());
        return form;
    }

    /** Plans a meeting; the members (but the planner) are told. */
    public long plan(@NotNull @Valid MeetingForm form) {
        AssociationRoster roster = access.planning(form.getAssociationId());
        StaffCard me = access.me();
        Slot slot = slotOf(form);
        List<Speaker> speakers = speakersOf(form, roster);
        LocalDateTime now = nowUtc();
        Meeting m = new Meeting(roster.id(), roster.name(), AcademicYear.of(form.getDate()).startYear(),
                me.fullName(), now);
        m.schedule(slot.start(), slot.end(), form.getPlace());
        for (int i = 0; i < speakers.size(); i++) {
            m.agenda().add(new AgendaItem(m, i + 1, form.getAgenda().get(i).getTopic(), speakers.get(i).staffId(),
                    speakers.get(i).name()));
        }
        records.data().persist(m);
        records.data().flush();
        if (form.getRoomId() != null) {
            m.setRoomBookingId(bookings.bookFor(form.getRoomId(), slot, purposeOf(m), SOURCE_KIND, m.getId()));
        }
        inPlan.planned(m, roster.headId());
        audit.record(EventsAction.MEETING_PLANNED, MeetingRecords.RECORD, m.getId(), Changes.describe()
                .value(EventsField.ASSOCIATION, roster.name())
                .value(EventsField.STARTS_AT, slot.start().format(PaperDates.DAY_AND_TIME))
                .value(EventsField.PLACE, form.getPlace())
                .value(EventsField.AGENDA, agendaText(m)));
        facts.fire(new MeetingScheduleChanged(caller.schoolId().orElseThrow(), m.getId(), slot.start().toLocalDate()));
        notifications.sendToStaff(othersThan(roster.memberIds(), me), Notice.about("notice.meeting.planned",
                roster.name(), slot.start().format(PaperDates.DAY_AND_TIME)).linkingTo(link(m)));
        return m.getId();
    }

    /** Changes a planned meeting; refused when it changed since opened, or was held or cancelled meanwhile. */
    public void update(long id, @NotNull @Valid MeetingForm form) {
        Meeting m = records.locked(id);
        access.reading(m);
        AssociationRoster roster = access.planning(m.getAssociationId());
        ChangedSinceOpenedException.check(MeetingRecords.RECORD, id, form.getOpenedVersion(), m.getVersion());
        if (m.getStatus() != MeetingStatus.PLANNED) {
            throw new InvalidInputException("date", "meeting.notPlanned");
        }
        if (!Objects.equals(form.getAssociationId(), m.getAssociationId())) {
            throw new InvalidInputException("associationId", "meeting.otherAssociation");
        }
        StaffCard me = access.me();
        Slot slot = slotOf(form);
        List<Speaker> speakers = speakersOf(form, roster);
        String before = m.getStartsAt().format(PaperDates.DAY_AND_TIME);
        String agendaBefore = agendaText(m);
        String placeBefore = m.getPlace();
        Long roomBefore = m.getRoomBookingId() == null ? null
                : bookings.roomOf(m.getRoomBookingId()).map(RoomView::id).orElse(null);
        boolean moved = !slot.start().equals(m.getStartsAt()) || !slot.end().equals(m.getEndsAt());
        LocalDate dayBefore = m.getStartsAt().toLocalDate();
        boolean otherMonth = !YearMonth.from(dayBefore).equals(YearMonth.from(form.getDate()));
        if (otherMonth && form.getMoveReason() == null) {
            throw new InvalidInputException("moveReason", "meeting.moveReasonRequired");
        }
        boolean roomChanged = !Objects.equals(roomBefore, form.getRoomId());
        m.schedule(slot.start(), slot.end(), form.getPlace());
        m.setAcademicYear(AcademicYear.of(form.getDate()).startYear());
        replaceAgenda(m, form, speakers);
        if (moved || roomChanged) {
            if (m.getRoomBookingId() != null) {
                bookings.release(m.getRoomBookingId(), SOURCE_KIND, m.getId());
                m.setRoomBookingId(null);
            }
            records.data().flush();
            if (form.getRoomId() != null) {
                m.setRoomBookingId(bookings.bookFor(form.getRoomId(), slot, purposeOf(m), SOURCE_KIND, m.getId()));
            }
        }
        Changes changes = Changes.describe().field(EventsField.STARTS_AT, before, slot.start().format(PaperDates.DAY_AND_TIME))
                .field(EventsField.PLACE, placeBefore, form.getPlace())
                .field(EventsField.AGENDA, agendaBefore, agendaText(m));
        if (changes.isEmpty() && !roomChanged) {
            return;
        }
        m.changed(nowUtc());
        if (otherMonth) {
            changes.value(EventsField.REASON, form.getMoveReason());
            inPlan.moved(m, roster.headId(), dayBefore, form.getMoveReason());
        } else {
            inPlan.planned(m, roster.headId());
        }
        audit.record(EventsAction.MEETING_CHANGED, MeetingRecords.RECORD, m.getId(), changes);
        facts.fire(new MeetingScheduleChanged(caller.schoolId().orElseThrow(), m.getId(), dayBefore,
                slot.start().toLocalDate()));
        if (moved || roomChanged || !Objects.equals(placeBefore, form.getPlace())) {
            Notice notice = form.getMoveReason() == null
                    ? Notice.about("notice.meeting.moved", roster.name(), slot.start().format(PaperDates.DAY_AND_TIME))
                    : Notice.about("notice.meeting.movedBecause", roster.name(), slot.start().format(PaperDates.DAY_AND_TIME),
                            form.getMoveReason());
            notifications.sendToStaff(othersThan(roster.memberIds(), me), notice.linkingTo(link(m)));
        }
    }

    /** Cancels a planned meeting with a reason; its room is freed and the members are told. */
    public void cancel(long id, String reason) {
        Meeting m = records.locked(id);
        access.reading(m);
        AssociationRoster roster = access.planning(m.getAssociationId());
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidInputException("reason", "field.required");
        }
        if (why.length() > 500) {
            throw new InvalidInputException("reason", "text.tooLong", 500);
        }
        if (m.getStatus() != MeetingStatus.PLANNED) {
            throw new InvalidInputException("reason", "meeting.notPlanned");
        }
        m.cancel(why);
        if (m.getRoomBookingId() != null) {
            bookings.release(m.getRoomBookingId(), SOURCE_KIND, m.getId());
        }
        m.changed(nowUtc());
        inPlan.cancelled(m, roster.headId());
        audit.record(EventsAction.MEETING_CANCELLED, MeetingRecords.RECORD, m.getId(),
                Changes.describe().value(EventsField.REASON, why));
        facts.fire(new MeetingScheduleChanged(caller.schoolId().orElseThrow(), m.getId(),
                m.getStartsAt().toLocalDate()));
        notifications.sendToStaff(othersThan(roster.memberIds(), access.me()), Notice.about("notice.meeting.cancelled",
                roster.name(), m.getStartsAt().format(PaperDates.DAY_AND_TIME), why).linkingTo(link(m)));
    }

    /**
     * Meetings held against planned per association and quarter of the academic year (for the school methodologist):
     * planned counts every meeting not cancelled, held those whose minutes were recorded.
     */
    @Allowed(Role.SCHOOL_METHODOLOGIST)
    public List<HeldAgainstPlanned> heldAgainstPlanned(@NotNull AcademicYear year) {
        List<HeldAgainstPlanned> rows = new ArrayList<>();
        List<Meeting> meetings = records.data().createQuery("SELECT m FROM Meeting m WHERE m.academicYear = :y"
                + " AND m.status <> :cancelled", Meeting.class).setParameter("y", year.startYear())
                .setParameter("cancelled", MeetingStatus.CANCELLED).getResultList();
        for (AssociationRoster a : associations.rosters()) {
            int[] planned = new int[4];
            int[] held = new int[4];
            meetings.stream().filter(m -> m.getAssociationId() == a.id()).forEach(m -> {
                int q = year.quarterOf(m.getStartsAt().toLocalDate()).ordinal();
                planned[q]++;
                if (m.getStatus() == MeetingStatus.HELD) {
                    held[q]++;
                }
            });
            rows.add(new HeldAgainstPlanned(a.id(), a.name(), planned, held));
        }
        return rows;
    }

    static MeetingSummary summary(Meeting m) {
        return new MeetingSummary(m.getId(), m.getAssociationId(), m.getAssociationName(), m.getStartsAt(),
                m.getEndsAt(), m.getPlace(), m.getStatus(), m.getProtocolNo(), m.getMinutesState(), m.agenda().size());
    }

    static MeetingView view(Meeting m, boolean canPlan, boolean canRecord) {
        return new MeetingView(m.getId(), m.getAssociationId(), m.getAssociationName(), m.getAcademicYear(),
                m.getStartsAt(), m.getEndsAt(), m.getPlace(), m.getRoomBookingId(), m.getStatus(), m.getCancelReason(),
                m.getProtocolNo(), m.getMinutesState(), m.getPlannedByName(), MeetingRecords.agenda(m), canPlan,
                canRecord, m.getVersion());
    }

    static String link(Meeting m) {
        return "/events/meeting.xhtml?id=" + m.getId();
    }

    private record Speaker(Long staffId, String name) {
    }

    private Slot slotOf(MeetingForm form) {
        if (!form.getEnd().isAfter(form.getStart())) {
            throw new InvalidInputException("end", "booking.endBeforeStart");
        }
        // This academic year, the next (planned in summer) and the last (its minutes recorded late in September).
        AcademicYear current = AcademicYear.of(LocalDate.now(settings.timeZone()));
        LocalDate first = current.previous().firstDay();
        LocalDate last = current.next().lastDay();
        if (form.getDate().isBefore(first) || form.getDate().isAfter(last)) {
            throw new InvalidInputException("date", "meeting.outsideYear", first.format(PaperDates.DAY), last.format(PaperDates.DAY));
        }
        return new Slot(form.getDate().atTime(form.getStart()), form.getDate().atTime(form.getEnd()));
    }

    /** Each agenda item's speaker: a member of the association, or a guest by name; one of the two. */
    private static List<Speaker> speakersOf(MeetingForm form, AssociationRoster roster) {
        if (form.getAgenda().isEmpty()) {
            throw new InvalidInputException("agenda", "meeting.agendaEmpty");
        }
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        List<Speaker> speakers = new ArrayList<>();
        for (int i = 0; i < form.getAgenda().size(); i++) {
            AgendaItemForm item = form.getAgenda().get(i);
            if (item.getSpeakerStaffId() != null) {
                Optional<AssociationRoster.Member> member = roster.member(item.getSpeakerStaffId());
                if (member.isEmpty()) {
                    problems.add(new InvalidInputException.Problem("agenda:" + i + ":speakerStaffId",
                            "meeting.speakerNotMember"));
                } else {
                    speakers.add(new Speaker(member.get().staffId(), member.get().fullName()));
                }
            } else if (item.getGuestSpeaker() != null) {
                speakers.add(new Speaker(null, item.getGuestSpeaker()));
            } else {
                problems.add(new InvalidInputException.Problem("agenda:" + i + ":speakerStaffId",
                        "meeting.speakerRequired"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return speakers;
    }

    private static void replaceAgenda(Meeting m, MeetingForm form, List<Speaker> speakers) {
        List<AgendaItem> items = m.agenda();
        for (int i = 0; i < speakers.size(); i++) {
            AgendaItemForm f = form.getAgenda().get(i);
            if (i < items.size()) {
                items.get(i).plan(i + 1, f.getTopic(), speakers.get(i).staffId(), speakers.get(i).name());
            } else {
                items.add(new AgendaItem(m, i + 1, f.getTopic(), speakers.get(i).staffId(), speakers.get(i).name()));
            }
        }
        while (items.size() > speakers.size()) {
            items.remove(items.size() - 1);
        }
    }

    private static String agendaText(Meeting m) {
        StringBuilder text = new StringBuilder();
        m.agenda().forEach(i -> text.append(text.length() == 0 ? "" : "; ").append(i.getPosition()).append(". ")
                .append(i.getTopic()).append(" (").append(i.getSpeakerName()).append(')'));
        return text.toString();
    }

    private static String purposeOf(Meeting m) {
        return m.getAssociationName();
    }

    private static List<Long> othersThan(List<Long> staffIds, StaffCard me) {
        return staffIds.stream().filter(id -> id != me.staffId()).toList();
    }

    private static LocalDateTime nowUtc() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
