package kz.rudny.cabinet.events.meetings.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kz.rudny.cabinet.domain.association.boundary.AssociationRoster;
import kz.rudny.cabinet.domain.audit.boundary.AuditTrail;
import kz.rudny.cabinet.domain.audit.boundary.Changes;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.calendar.PaperDates;
import kz.rudny.cabinet.domain.errors.ChangedSinceOpenedException;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.export.DocumentFormat;
import kz.rudny.cabinet.domain.export.ExportedFile;
import kz.rudny.cabinet.domain.figures.boundary.SchoolFiguresChanged;
import kz.rudny.cabinet.domain.notifications.boundary.Notice;
import kz.rudny.cabinet.domain.notifications.boundary.Notifications;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.people.boundary.Profile;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.events.audit.boundary.EventsAction;
import kz.rudny.cabinet.events.audit.boundary.EventsField;
import kz.rudny.cabinet.events.meetings.control.DecisionViews;
import kz.rudny.cabinet.events.meetings.control.MeetingAccess;
import kz.rudny.cabinet.events.meetings.control.MeetingRecords;
import kz.rudny.cabinet.events.meetings.control.MeetingsInPlan;
import kz.rudny.cabinet.events.meetings.control.MinutesPrinter;
import kz.rudny.cabinet.events.meetings.entity.Addendum;
import kz.rudny.cabinet.events.meetings.entity.AgendaItem;
import kz.rudny.cabinet.events.meetings.entity.Attendance;
import kz.rudny.cabinet.events.meetings.entity.Decision;
import kz.rudny.cabinet.events.meetings.entity.Meeting;
import kz.rudny.cabinet.events.meetings.entity.MinutesRevision;

/**
 * The minutes of a meeting: recorded by the head, the methodologist or the meeting's secretary once the meeting has
 * begun; the first save numbers the protocol within the association's year. Every save of the draft is a revision.
 * The head makes the minutes final: from then on they are locked, the decisions' owners are told, and a correction
 * is an addendum.
 */
@ApplicationScoped
@Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
@Transactional
public class Minutes {


    @Inject
    MeetingRecords records;

    @Inject
    Event<SchoolFiguresChanged> facts;

    @Inject
    MeetingAccess access;

    @Inject
    Notifications notifications;

    @Inject
    Profile profile;

    @Inject
    MinutesPrinter printer;

    @Inject
    MeetingsInPlan inPlan;

    @Inject
    CurrentCaller caller;

    @Inject
    Settings settings;

    @Inject
    AuditTrail audit;

    /** The minutes as they stand, with the earlier meetings' decisions that were open when this one met. */
    public MinutesView view(long meetingId) {
        Meeting m = records.find(meetingId);
        AssociationRoster roster = access.reading(m);
        LocalDate today = LocalDate.now(settings.timeZone());
        Long me = profile.staffId().orElse(null);
        List<MinutesView.AttendanceView> attendance = m.attendance().stream()
                .map(a -> new MinutesView.AttendanceView(a.getStaffId(), a.getStaffName(), a.getPresence(),
                        a.getReason())).toList();
        List<DecisionView> decisions = m.decisions().stream().map(d -> DecisionViews.of(d, today, me)).toList();
        List<MinutesView.AddendumView> addenda = records.data().createQuery("SELECT a FROM Addendum a"
                        + " WHERE a.meetingId = :m ORDER BY a.number", Addendum.class).setParameter("m", meetingId)
                .getResultStream().map(a -> new MinutesView.AddendumView(a.getNumber(), a.getText(), a.getAddedAt(),
                        a.getAddedByName())).toList();
        List<MinutesView.RevisionView> revisions = records.data().createQuery("SELECT r FROM MinutesRevision r"
                        + " WHERE r.meetingId = :m ORDER BY r.revision DESC", MinutesRevision.class)
                .setParameter("m", meetingId).getResultStream()
                .map(r -> new MinutesView.RevisionView(r.getRevision(), r.getSavedAt(), r.getSavedByName())).toList();
        return new MinutesView(Meetings.view(m, access.canPlan(roster), access.canRecord(roster, m)),
                m.getChairName(), m.getSecretaryName(), m.getGuests(), attendance, earlierDecisions(m, today, me),
                decisions, addenda, revisions, m.getFinalisedAt(), m.getFinalisedByName());
    }

    /** The minutes printed as the paper protocol (PDF or DOCX) in the given language; for whoever may read them. */
    public ExportedFile print(long meetingId, @NotNull Language language, @NotNull DocumentFormat format) {
        return printer.print(view(meetingId), profile.schoolName().orElse(null), language, format);
    }

    /**
     * The form to record the minutes: what was saved before, or a first draft with every member present, the head
     * in the chair and the agenda's items.
     */
    public MinutesForm form(long meetingId) {
        Meeting m = records.find(meetingId);
        AssociationRoster roster = access.recording(m);
        MinutesForm form = new MinutesForm();
        form.setChairStaffId(m.getChairStaffId() != null ? m.getChairStaffId() : roster.headId());
        form.setSecretaryStaffId(m.getSecretaryStaffId());
        form.setGuests(m.getGuests());
        Map<Long, Attendance> marked = new HashMap<>();
        m.attendance().forEach(a -> marked.put(a.getStaffId(), a));
        for (AssociationRoster.Member member : roster.members()) {
            Attendance a = marked.remove(member.staffId());
            form.getAttendance().add(a == null ? new MinutesForm.AttendanceRow(member.staffId(), member.fullName(),
                    Presence.PRESENT, null) : new MinutesForm.AttendanceRow(a.getStaffId(), a.getStaffName(),
                    a.getPresence(), a.getReason()));
        }
        // People marked before who have left the association since stay in the minutes as they were.
        marked.values().forEach(a -> form.getAttendance().add(new MinutesForm.AttendanceRow(a.getStaffId(),
                a.getStaffName(), a.getPresence(), a.getReason())));
        for (AgendaItem i : m.agenda()) {
            form.getItems().add(new MinutesForm.ItemRecord(i.getId(), i.getPosition() + ". " + i.getTopic(),
                    i.getHeard(), i.getSpoke(), i.getDecided()));
        }
        for (Decision d : m.decisions()) {
            form.getDecisions().add(new MinutesForm.DecisionRow(d.getText(), d.getOwnerStaffId(), d.getDueOn()));
        }
        form.openedAt(m.getVersion());
        return form;
    }

    /** Saves the draft; the first save gives the protocol its number. Refused by field; nothing half-stored. */
    public void save(long meetingId, @NotNull @Valid MinutesForm form) {
        Meeting m = records.locked(meetingId);
        AssociationRoster roster = access.recording(m);
        ChangedSinceOpenedException.check(MeetingRecords.RECORD, meetingId, form.getOpenedVersion(), m.getVersion());
        if (m.isFinal()) {
            throw new InvalidInputException("minutes", "minutes.final");
        }
        if (m.getStatus() == MeetingStatus.CANCELLED) {
            throw new InvalidInputException("minutes", "minutes.cancelled");
        }
        if (m.getStartsAt().isAfter(LocalDateTime.now(settings.timeZone()))) {
            throw new InvalidInputException("minutes", "minutes.notYet");
        }
        checked(form, roster, m);
        LocalDateTime now = nowUtc();
        String protocolBefore = m.getProtocolNo() == null ? null : m.getProtocolNo().toString();
        if (m.getStatus() == MeetingStatus.PLANNED) {
            m.held(records.nextProtocolNumber(m.getAssociationId(), m.getAcademicYear()));
            inPlan.held(m, roster.headId());
            facts.fire(new MeetingScheduleChanged(caller.schoolId().orElseThrow(), meetingId,
                    m.getStartsAt().toLocalDate()));
        }
        String officersBefore = officers(m);
        m.officers(form.getChairStaffId(), nameOf(roster, form.getChairStaffId(), m.getChairName()),
                form.getSecretaryStaffId(), nameOf(roster, form.getSecretaryStaffId(), m.getSecretaryName()),
                form.getGuests());
        String attendanceBefore = attendanceText(m);
        recordAttendance(m, form);
        String minutesBefore = itemsText(m);
        Map<Long, MinutesForm.ItemRecord> byItem = new HashMap<>();
        form.getItems().forEach(i -> byItem.put(i.getAgendaItemId(), i));
        for (AgendaItem item : m.agenda()) {
            MinutesForm.ItemRecord r = byItem.get(item.getId());
            if (r != null) {
                item.record(r.getHeard(), r.getSpoke(), r.getDecided());
            }
        }
        String decisionsBefore = decisionsText(m);
        recordDecisions(m, form, roster);
        m.touched(now);
        int revision = records.data().createQuery("SELECT COUNT(r) FROM MinutesRevision r WHERE r.meetingId = :m",
                Long.class).setParameter("m", meetingId).getSingleResult().intValue() + 1;
        records.data().persist(new MinutesRevision(meetingId, revision, caller.getFullName(), now));
        audit.record(EventsAction.MINUTES_SAVED, MeetingRecords.RECORD, meetingId, Changes.describe()
                .field(EventsField.PROTOCOL_NUMBER, protocolBefore, m.getProtocolNo().toString())
                .field(EventsField.CHAIR, officersBefore, officers(m))
                .field(EventsField.ATTENDANCE, attendanceBefore, attendanceText(m))
                .field(EventsField.MINUTES, minutesBefore, itemsText(m))
                .field(EventsField.DECISIONS, decisionsBefore, decisionsText(m)));
    }

    /**
     * Makes the minutes final (the head or the methodologist): locked from now on; each decision's owner is told.
     */
    public void makeFinal(long meetingId) {
        Meeting m = records.locked(meetingId);
        AssociationRoster roster = access.reading(m);
        if (!access.canPlan(roster)) {
            throw new InvalidInputException("minutes", "minutes.onlyHeadFinalises");
        }
        if (m.getStatus() != MeetingStatus.HELD) {
            throw new InvalidInputException("minutes", "minutes.notRecorded");
        }
        if (m.isFinal()) {
            throw new InvalidInputException("minutes", "minutes.final");
        }
        if (m.getChairStaffId() == null || m.getSecretaryStaffId() == null) {
            throw new InvalidInputException("minutes", "minutes.officersMissing");
        }
        LocalDateTime now = nowUtc();
        m.makeFinal(caller.getFullName(), now);
        m.changed(now);
        audit.record(EventsAction.MINUTES_MADE_FINAL, MeetingRecords.RECORD, meetingId, Changes.describe()
                .value(EventsField.PROTOCOL_NUMBER, m.getProtocolNo()));
        for (Decision d : m.decisions()) {
            notifications.sendToStaff(List.of(d.getOwnerStaffId()), Notice.about("notice.decision.assigned",
                    m.getAssociationName(), m.getProtocolNo(), d.getNumber(), d.getText(), d.getDueOn().format(PaperDates.DAY))
                    .linkingTo("/events/decisions.xhtml"));
        }
    }

    /** Adds a correction to final minutes (who may record them); the minutes themselves stay as they were. */
    public void addAddendum(long meetingId, String text) {
        Meeting m = records.locked(meetingId);
        access.recording(m);
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new InvalidInputException("addendum", "field.required");
        }
        if (t.length() > 4000) {
            throw new InvalidInputException("addendum", "text.tooLong", 4000);
        }
        if (!m.isFinal()) {
            throw new InvalidInputException("addendum", "minutes.addendumOnlyFinal");
        }
        int number = records.data().createQuery("SELECT COUNT(a) FROM Addendum a WHERE a.meetingId = :m", Long.class)
                .setParameter("m", meetingId).getSingleResult().intValue() + 1;
        records.data().persist(new Addendum(meetingId, number, t, caller.getFullName(), nowUtc()));
        audit.record(EventsAction.MINUTES_ADDENDUM_ADDED, MeetingRecords.RECORD, meetingId,
                Changes.describe().value(EventsField.MINUTES, t));
    }

    private void checked(MinutesForm form, AssociationRoster roster, Meeting m) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        Set<Long> known = new HashSet<>(roster.memberIds());
        m.attendance().forEach(a -> known.add(a.getStaffId()));
        if (form.getChairStaffId() != null && !known.contains(form.getChairStaffId())) {
            problems.add(new InvalidInputException.Problem("chair", "minutes.notMember"));
        }
        if (form.getSecretaryStaffId() != null && !known.contains(form.getSecretaryStaffId())) {
            problems.add(new InvalidInputException.Problem("secretary", "minutes.notMember"));
        }
        for (int i = 0; i < form.getAttendance().size(); i++) {
            MinutesForm.AttendanceRow row = form.getAttendance().get(i);
            if (!known.contains(row.getStaffId())) {
                problems.add(new InvalidInputException.Problem("attendance:" + i + ":presence", "minutes.notMember"));
            } else if (row.getPresence() == Presence.EXCUSED && row.getReason() == null) {
                problems.add(new InvalidInputException.Problem("attendance:" + i + ":reason", "minutes.reasonRequired"));
            }
        }
        LocalDate meetingDay = m.getStartsAt().toLocalDate();
        LocalDate latest = AcademicYear.of(meetingDay).next().lastDay();
        for (int i = 0; i < form.getDecisions().size(); i++) {
            MinutesForm.DecisionRow row = form.getDecisions().get(i);
            if (!roster.isMember(row.getOwnerStaffId())) {
                problems.add(new InvalidInputException.Problem("decisions:" + i + ":owner", "minutes.notMember"));
            }
            if (row.getDueOn().isBefore(meetingDay)) {
                problems.add(new InvalidInputException.Problem("decisions:" + i + ":dueOn", "decision.dueBeforeMeeting"));
            } else if (row.getDueOn().isAfter(latest)) {
                problems.add(new InvalidInputException.Problem("decisions:" + i + ":dueOn", "decision.dueTooLate",
                        latest.format(PaperDates.DAY)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void recordAttendance(Meeting m, MinutesForm form) {
        Map<Long, Attendance> existing = new HashMap<>();
        m.attendance().forEach(a -> existing.put(a.getStaffId(), a));
        Set<Long> kept = new HashSet<>();
        for (MinutesForm.AttendanceRow row : form.getAttendance()) {
            Attendance a = existing.get(row.getStaffId());
            if (a == null) {
                a = new Attendance(m, row.getStaffId(), row.getName());
                m.attendance().add(a);
            }
            a.mark(row.getPresence(), row.getReason());
            kept.add(row.getStaffId());
        }
        m.attendance().removeIf(a -> !kept.contains(a.getStaffId()));
    }

    private static void recordDecisions(Meeting m, MinutesForm form, AssociationRoster roster) {
        List<Decision> decisions = m.decisions();
        for (int i = 0; i < form.getDecisions().size(); i++) {
            MinutesForm.DecisionRow row = form.getDecisions().get(i);
            String owner = roster.member(row.getOwnerStaffId()).orElseThrow().fullName();
            if (i < decisions.size()) {
                decisions.get(i).revise(row.getText(), row.getOwnerStaffId(), owner, row.getDueOn());
            } else {
                decisions.add(new Decision(m, i + 1, row.getText(), row.getOwnerStaffId(), owner, row.getDueOn()));
            }
        }
        while (decisions.size() > form.getDecisions().size()) {
            decisions.remove(decisions.size() - 1);
        }
    }

    /**
     * Decisions of the association's earlier meetings (final minutes) that were still open when this meeting began:
     * what its minutes report on first.
     */
    private List<DecisionView> earlierDecisions(Meeting m, LocalDate today, Long me) {
        LocalDateTime startUtc = m.getStartsAt().atZone(settings.timeZone()).withZoneSameInstant(ZoneOffset.UTC)
                .toLocalDateTime();
        return records.data().createQuery("SELECT d FROM Decision d JOIN d.meeting e WHERE e.associationId = :a"
                        + " AND e.startsAt < :start AND e.minutesState = :final"
                        + " AND (d.doneAt IS NULL OR d.doneAt > :startUtc)"
                        + " ORDER BY e.startsAt, d.number", Decision.class)
                .setParameter("a", m.getAssociationId()).setParameter("start", m.getStartsAt())
                .setParameter("final", MinutesState.FINAL).setParameter("startUtc", startUtc)
                .getResultStream().map(d -> DecisionViews.of(d, today, me)).toList();
    }

    private static String nameOf(AssociationRoster roster, Long staffId, String before) {
        return staffId == null ? null : roster.member(staffId).map(AssociationRoster.Member::fullName).orElse(before);
    }

    private static String officers(Meeting m) {
        return Objects.toString(m.getChairName(), "") + " / " + Objects.toString(m.getSecretaryName(), "")
                + (m.getGuests() == null ? "" : " / " + m.getGuests());
    }

    private static String attendanceText(Meeting m) {
        StringBuilder text = new StringBuilder();
        m.attendance().forEach(a -> text.append(text.length() == 0 ? "" : "; ").append(a.getStaffName()).append(": ")
                .append(a.getPresence()).append(a.getReason() == null ? "" : " (" + a.getReason() + ")"));
        return text.toString();
    }

    private static String itemsText(Meeting m) {
        StringBuilder text = new StringBuilder();
        m.agenda().forEach(i -> text.append(text.length() == 0 ? "" : " | ").append(i.getPosition()).append(": ")
                .append(Objects.toString(i.getHeard(), "")).append(" / ").append(Objects.toString(i.getSpoke(), ""))
                .append(" / ").append(Objects.toString(i.getDecided(), "")));
        return text.toString();
    }

    private static String decisionsText(Meeting m) {
        StringBuilder text = new StringBuilder();
        m.decisions().forEach(d -> text.append(text.length() == 0 ? "" : " | ").append(d.getNumber()).append(". ")
                .append(d.getText()).append(" (").append(d.getOwnerName()).append(", ")
                .append(d.getDueOn().format(PaperDates.DAY)).append(')'));
        return text.toString();
    }

    private static LocalDateTime nowUtc() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
