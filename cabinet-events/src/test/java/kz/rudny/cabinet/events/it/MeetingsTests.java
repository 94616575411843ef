package kz.rudny.cabinet.events.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import kz.rudny.cabinet.domain.association.boundary.AssociationRoster;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.it.support.Callers;
import kz.rudny.cabinet.domain.notifications.boundary.Inbox;
import kz.rudny.cabinet.domain.notifications.boundary.NoticeView;
import kz.rudny.cabinet.domain.paging.PageRequest;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.events.meetings.boundary.AgendaItemForm;
import kz.rudny.cabinet.events.meetings.boundary.DecisionView;
import kz.rudny.cabinet.events.meetings.boundary.Decisions;
import kz.rudny.cabinet.events.meetings.boundary.MeetingForm;
import kz.rudny.cabinet.events.meetings.boundary.MeetingStatus;
import kz.rudny.cabinet.events.meetings.boundary.MeetingView;
import kz.rudny.cabinet.events.meetings.boundary.Meetings;
import kz.rudny.cabinet.events.meetings.boundary.Minutes;
import kz.rudny.cabinet.events.meetings.boundary.MinutesForm;
import kz.rudny.cabinet.events.meetings.boundary.MinutesState;
import kz.rudny.cabinet.events.meetings.boundary.MinutesView;
import kz.rudny.cabinet.events.meetings.boundary.Presence;
import kz.rudny.cabinet.events.rooms.boundary.BookingView;
import kz.rudny.cabinet.events.rooms.boundary.RoomBookings;
import kz.rudny.cabinet.events.rooms.boundary.RoomKind;
import kz.rudny.cabinet.events.rooms.boundary.Rooms;
import org.junit.jupiter.api.Test;

/**
 * Association meetings and their minutes on a real server and database, in school №12: its natural-science
 * association is headed by s12.mentor, with s12.teacher and s12.young among its members; s12.t01 is not a member.
 *
 * <p>Run in the container by {@link EventsSuiteIT}, which implements this interface and hands it the beans through
 * the accessor methods below.
 */
interface MeetingsTests {

    static final String HEAD = "s12.mentor";
    static final String MEMBER = "s12.teacher";
    static final String OTHER_MEMBER = "s12.young";
    static final String NOT_MEMBER = "s12.t01";
    static final String METHODOLOGIST = "s12.methodologist";
    static final String OTHER_SCHOOL = "g3.methodologist";
    static final ZoneId RUDNY = ZoneId.of("Asia/Qostanay");

    Callers callers();

    Meetings meetings();

    Minutes minutes();

    Decisions decisions();

    Inbox inbox();

    kz.rudny.cabinet.events.calendar.boundary.Calendar calendar();

    kz.rudny.cabinet.events.meetings.boundary.MeetingFiles meetingFiles();

    kz.rudny.cabinet.events.plan.boundary.Plans plans();

    kz.rudny.cabinet.events.meetings.control.DecisionReminders reminders();

    Rooms rooms();

    RoomBookings bookings();

    @Test
    default void theHeadPlansAMeetingInTheCabinetTheMembersAreToldAndOthersDoNotSeeIt() {
        callers().signIn(HEAD);
        AssociationRoster association = headed();
        long cabinet = rooms().all().stream().filter(r -> r.kind() == RoomKind.METHODICAL_CABINET).findFirst().orElseThrow().id();
        LocalDate day = LocalDate.now(RUDNY).plusDays(33);
        MeetingForm form = form(association.id(), day, 15, 16, "Жаңартылған бағдарлама бойынша сабақ жоспарлау", null,
                "Иванова А.Б., әдіскер");
        form.setRoomId(cabinet);
        long id = meetings().plan(form);

        MeetingView view = meetings().view(id);
        assertEquals(MeetingStatus.PLANNED, view.status());
        assertEquals("Жаңартылған бағдарлама бойынша сабақ жоспарлау", view.agenda().get(0).topic(), "Kazakh as typed");
        assertEquals("Иванова А.Б., әдіскер", view.agenda().get(0).speakerName());
        assertNotNull(view.roomBookingId(), "the room is booked by itself");
        List<BookingView> week = bookings().week(cabinet, day);
        assertTrue(week.stream().anyMatch(b -> !b.cancelled() && b.startsAt().equals(day.atTime(15, 0))), week.toString());

        callers().signIn(MEMBER);
        assertTrue(meetings().ofAssociation(association.id(), AcademicYear.of(day)).stream().anyMatch(m -> m.id() == id));
        assertTrue(unread().stream().anyMatch(n -> n.text().contains(association.name())
                && n.link().equals("/events/meeting.xhtml?id=" + id)), "the member is told");
        assertField("associationId", "meeting.notHead", () -> meetings().plan(form(association.id(), day, 10, 11, "Тема", null, "Гость")));

        callers().signIn(NOT_MEMBER);
        assertThrows(NotFoundException.class, () -> meetings().view(id));
        assertEquals(List.of(), meetings().ofAssociation(association.id(), AcademicYear.of(day)));

        // A clash with the room is refused by the field, and nothing of the meeting is stored.
        callers().signIn(HEAD);
        int before = meetings().ofAssociation(association.id(), AcademicYear.of(day)).size();
        MeetingForm clash = form(association.id(), day, 15, 17, "Екінші отырыс", null, "Гость");
        clash.setRoomId(cabinet);
        assertField("start", "booking.slotTaken", () -> meetings().plan(clash));
        assertEquals(before, meetings().ofAssociation(association.id(), AcademicYear.of(day)).size(), "nothing half-written");

        // Moved: the old slot is freed, the new one booked, the sequence grows; cancelled: the room is freed.
        MeetingForm moved = meetings().form(id);
        moved.setStart(LocalTime.of(16, 0));
        moved.setEnd(LocalTime.of(17, 0));
        meetings().update(id, moved);
        List<BookingView> after = bookings().week(cabinet, day).stream().filter(b -> !b.cancelled()
                && b.startsAt().toLocalDate().equals(day)).toList();
        assertEquals(List.of(day.atTime(16, 0)), after.stream().map(BookingView::startsAt).toList());
        assertField("reason", "field.required", () -> meetings().cancel(id, "  "));
        meetings().cancel(id, "Аттестация комиссиясы");
        assertEquals(MeetingStatus.CANCELLED, meetings().view(id).status());
        assertTrue(bookings().week(cabinet, day).stream().filter(b -> b.startsAt().toLocalDate().equals(day))
                .allMatch(BookingView::cancelled), "the room is free again");
        callers().signIn(OTHER_MEMBER);
        assertTrue(unread().stream().anyMatch(n -> n.text().contains("Аттестация комиссиясы")), "told of the cancelling");
        callers().signIn(METHODOLOGIST);
        var item = planItemOf(id, day);
        assertEquals(kz.rudny.cabinet.events.plan.boundary.ExecutionMark.CANCELLED, item.mark(), "the plan follows: " + item);
        assertEquals("Аттестация комиссиясы", item.reason());
        assertTrue(item.title().contains("Жаңартылған бағдарлама бойынша сабақ жоспарлау"), item.title());
    }

    @Test
    default void badPlansAreRefusedByFieldAndNothingIsStored() {
        callers().signIn(HEAD);
        AssociationRoster association = headed();
        LocalDate day = LocalDate.now(RUDNY).plusDays(20);
        int before = count(association.id(), day);
        assertField("end", "booking.endBeforeStart", () -> meetings().plan(form(association.id(), day, 16, 15, "Тема", null, "Гость")));
        assertField("date", "meeting.outsideYear", () -> meetings().plan(form(association.id(),
                AcademicYear.of(day).next().next().firstDay(), 15, 16, "Тема", null, "Гость")));
        MeetingForm empty = form(association.id(), day, 15, 16, "Тема", null, "Гость");
        empty.getAgenda().clear();
        assertField("agenda", "meeting.agendaEmpty", () -> meetings().plan(empty));
        assertField("agenda:0:speakerStaffId", "meeting.speakerRequired",
                () -> meetings().plan(form(association.id(), day, 15, 16, "Тема", null, null)));
        long outsider = callers().staffId(NOT_MEMBER);
        assertField("agenda:0:speakerStaffId", "meeting.speakerNotMember",
                () -> meetings().plan(form(association.id(), day, 15, 16, "Тема", outsider, null)));
        assertThrows(ConstraintViolationException.class,
                () -> meetings().plan(form(association.id(), day, 15, 16, "т".repeat(501), null, "Гость")));
        assertThrows(ConstraintViolationException.class,
                () -> meetings().plan(form(association.id(), day, 15, 16, "   ", null, "Гость")));
        assertEquals(before, count(association.id(), day), "nothing stored");
        long id = meetings().plan(form(association.id(), day, 15, 16, "<script>alert(1)</script> Тема", null, "Гость"));
        callers().signIn(HEAD);
        assertEquals("<script>alert(1)</script> Тема", meetings().view(id).agenda().get(0).topic(), "kept as typed");
    }

    @Test
    default void minutesAreNumberedLockedWhenFinalCorrectedByAddendaAndTheirDecisionsTracked() {
        callers().signIn(HEAD);
        AssociationRoster association = headed();
        LocalDate today = LocalDate.now(RUDNY);
        long member = callers().staffId(MEMBER);
        long id = meetings().plan(form(association.id(), today, 0, 1, "Оқу жылының қорытындысы", callers().staffId(HEAD), null));
        long second = meetings().plan(form(association.id(), today, 0, 1, "Олимпиадаға дайындық", member, null));
        long future = meetings().plan(form(association.id(), today.plusDays(5), 15, 16, "Келесі", member, null));

        MinutesForm draft = minutes().form(id);
        assertEquals(association.members().size(), draft.getAttendance().size(), "every member, present by default");
        draft.setSecretaryStaffId(member);
        draft.getAttendance().get(0).setPresence(Presence.EXCUSED);
        assertField("attendance:0:reason", "minutes.reasonRequired", () -> minutes().save(id, draft));
        draft.getAttendance().get(0).setReason("Курсы повышения квалификации");
        draft.getItems().get(0).setHeard("Жетекші жылдың қорытындысын баяндады.");
        draft.getItems().get(0).setSpoke("Мүшелер ұсыныстар айтты.");
        draft.getItems().get(0).setDecided("Жұмыс қанағаттанарлық деп танылсын.");
        draft.getDecisions().add(new MinutesForm.DecisionRow("Ашық сабақтар кестесін жасау", member, today.plusDays(3)));
        draft.getDecisions().add(new MinutesForm.DecisionRow("Before the meeting", member, today.minusDays(1)));
        assertField("decisions:1:dueOn", "decision.dueBeforeMeeting", () -> minutes().save(id, draft));
        assertEquals(MeetingStatus.PLANNED, meetings().view(id).status(), "nothing of a refused save is stored");
        draft.getDecisions().get(1).setDueOn(today.plusDays(10));
        minutes().save(id, draft);
        MinutesView saved = minutes().view(id);
        int number = saved.meeting().protocolNo();
        callers().signIn(METHODOLOGIST);
        var held = planItemOf(id, today);
        assertEquals(kz.rudny.cabinet.events.plan.boundary.ExecutionMark.HELD, held.mark(), "held in the plan: " + held);
        assertEquals(today, held.heldOn());
        assertEquals(kz.rudny.cabinet.events.plan.boundary.ExecutionMark.PLANNED, planItemOf(future, today.plusDays(5)).mark());
        callers().signIn(HEAD);
        assertEquals(MinutesState.DRAFT, saved.meeting().minutesState());
        assertEquals(2, saved.decisions().size());
        assertEquals(List.of(1, 2), saved.decisions().stream().map(DecisionView::number).toList());
        assertEquals(1, saved.absentCount());
        assertEquals(1, saved.revisions().size());

        // A second save is a second revision; the form opened before it is refused.
        MinutesForm again = minutes().form(id);
        again.getItems().get(0).setSpoke("Мүшелер ұсыныстар айтты. Қосымша пікірлер.");
        minutes().save(id, again);
        assertEquals(2, minutes().view(id).revisions().size());
        assertThrows(kz.rudny.cabinet.domain.errors.ChangedSinceOpenedException.class, () -> minutes().save(id, draft));

        // The next meeting recorded gets the next number of the association's year.
        MinutesForm other = minutes().form(second);
        other.setSecretaryStaffId(member);
        minutes().save(second, other);
        assertEquals(number + 1, minutes().view(second).meeting().protocolNo());
        assertField("minutes", "minutes.notYet", () -> minutes().save(future, minutes().form(future)));

        // Only the head (or the methodologist) makes them final; then they are locked and corrected by addenda.
        callers().signIn(MEMBER);
        assertField("minutes", "minutes.onlyHeadFinalises", () -> minutes().makeFinal(id));
        assertTrue(decisions().mine().stream().noneMatch(d -> d.meetingId() == id), "a draft assigns nothing yet");
        callers().signIn(HEAD);
        assertField("addendum", "minutes.addendumOnlyFinal", () -> minutes().addAddendum(id, "Түзету"));
        minutes().makeFinal(id);
        assertEquals(MinutesState.FINAL, minutes().view(id).meeting().minutesState());
        MinutesForm late = minutes().form(id);
        late.getItems().get(0).setDecided("Өзгертілген шешім");
        assertField("minutes", "minutes.final", () -> minutes().save(id, late));
        assertEquals("Жұмыс қанағаттанарлық деп танылсын.", minutes().view(id).meeting().agenda().get(0).decided(), "locked");
        minutes().addAddendum(id, "2-шешімнің мерзімі 20 желтоқсанға ауыстырылды.");
        assertEquals(1, minutes().view(id).addenda().size());
        assertEquals(1, minutes().view(id).addenda().get(0).number());

        // The owner is told, sees the decisions, marks one done with a note.
        callers().signIn(MEMBER);
        assertTrue(unread().stream().anyMatch(n -> n.text().contains("Ашық сабақтар кестесін жасау")), "the owner is told");
        List<DecisionView> mine = decisions().mine().stream().filter(d -> d.meetingId() == id).toList();
        assertEquals(2, mine.size());
        DecisionView first = mine.get(0);
        assertTrue(first.canMarkDone());
        assertField("note", "field.required", () -> decisions().markDone(first.id(), " "));
        decisions().markDone(first.id(), "Кесте жасалды, әдіскерге тапсырылды.");
        assertField("note", "decision.alreadyDone", () -> decisions().markDone(first.id(), "Тағы"));
        assertFalse(decisions().mine().stream().anyMatch(d -> d.id() == first.id()));
        callers().signIn(OTHER_MEMBER);
        long secondDecision = mine.get(1).id();
        assertThrows(NotFoundException.class, () -> decisions().markDone(secondDecision, "Не моё"));

        // The next meeting's minutes open with the earlier decisions still open when it began.
        callers().signIn(HEAD);
        long next = meetings().plan(form(association.id(), today, 1, 2, "Келесі отырыс", member, null));
        List<DecisionView> carried = minutes().view(next).earlierDecisions();
        assertTrue(carried.stream().anyMatch(d -> d.id() == secondDecision), carried.toString());

        // Another school's people reach nothing of it.
        callers().signIn(OTHER_SCHOOL);
        assertThrows(NotFoundException.class, () -> meetings().view(id));
        assertThrows(NotFoundException.class, () -> minutes().view(id));
        assertThrows(NotFoundException.class, () -> decisions().markDone(secondDecision, "Чужое"));
        assertTrue(decisions().overdue().stream().noneMatch(d -> d.meetingId() == id));
    }

    @Test
    default void overdueDecisionsAreSeenByTheHeadAndTheMethodologistAndHeldAgainstPlannedIsCounted() {
        callers().signIn(HEAD);
        AssociationRoster association = headed();
        LocalDate today = LocalDate.now(RUDNY);
        LocalDate earlier = today.minusDays(10);
        long member = callers().staffId(OTHER_MEMBER);
        long id = meetings().plan(form(association.id(), earlier, 15, 16, "Мониторинг", member, null));
        MinutesForm form = minutes().form(id);
        form.setSecretaryStaffId(member);
        form.getDecisions().add(new MinutesForm.DecisionRow("Мониторинг нәтижелерін талдау", member, earlier.plusDays(2)));
        minutes().save(id, form);
        minutes().makeFinal(id);
        assertTrue(decisions().overdue().stream().anyMatch(d -> d.meetingId() == id && d.overdue()), "the head sees it");
        callers().signIn(METHODOLOGIST);
        assertTrue(decisions().overdue().stream().anyMatch(d -> d.meetingId() == id), "the methodologist sees it");
        AcademicYear year = AcademicYear.of(earlier);
        var row = meetings().heldAgainstPlanned(year).stream().filter(r -> r.associationId() == association.id())
                .findFirst().orElseThrow();
        int q = year.quarterOf(earlier).ordinal();
        assertTrue(row.held(q) >= 1 && row.held(q) <= row.planned(q), row.toString());
        callers().signIn(MEMBER);
        assertEquals(List.of(), decisions().overdue(), "a member who heads nothing watches nothing");
    }

    @Test
    default void theOwnerIsRemindedOnceWhenTheDeadlineIsNear() {
        callers().signIn(HEAD);
        AssociationRoster association = headed();
        LocalDate today = LocalDate.now(RUDNY);
        long owner = callers().staffId(MEMBER);
        long id = meetings().plan(form(association.id(), today, 0, 1, "Мерзімі жақын", owner, null));
        MinutesForm form = minutes().form(id);
        form.setSecretaryStaffId(owner);
        form.getDecisions().add(new MinutesForm.DecisionRow("Ертеңге дейін есеп тапсыру", owner, today.plusDays(1)));
        form.getDecisions().add(new MinutesForm.DecisionRow("Айдың соңына дейін жоспар жасау", owner, today.plusDays(20)));
        minutes().save(id, form);
        minutes().makeFinal(id);
        assertTrue(reminders().remindCurrentSchool() >= 1);
        assertEquals(0, reminders().remindCurrentSchool(), "told once");
        callers().signIn(MEMBER);
        // Rendered in Kazakh: the assignment says "№ … хаттама", the reminder "…-шешімінің мерзімі".
        List<NoticeView> notices = unread();
        assertEquals(1, notices.stream().filter(n -> n.text().contains("Ертеңге дейін есеп тапсыру")
                && n.text().contains("шешімінің мерзімі")).count(), notices.toString());
        assertEquals(0, notices.stream().filter(n -> n.text().contains("Айдың соңына дейін жоспар жасау")
                && n.text().contains("шешімінің мерзімі")).count(), "no reminder for a deadline far away");
    }

    @Test
    default void filesAreAttachedByWhoRecordsReadByMembersAndRefusedWhenNotADocument() throws Exception {
        callers().signIn(HEAD);
        AssociationRoster association = headed();
        LocalDate today = LocalDate.now(RUDNY);
        long id = meetings().plan(form(association.id(), today.plusDays(12), 15, 16, "Презентация", null, "Гость"));
        long fileId = meetingFiles().attach(id, new kz.rudny.cabinet.domain.files.boundary.IncomingFile(
                "Баяндама «Функционалдық сауаттылық».pdf", new java.io.ByteArrayInputStream(pdf())));
        assertField("file", "file.typeRefused", () -> meetingFiles().attach(id, new kz.rudny.cabinet.domain.files.boundary
                .IncomingFile("script.pdf", new java.io.ByteArrayInputStream("<script>alert(1)</script>".getBytes()))));
        assertField("file", "file.empty", () -> meetingFiles().attach(id, new kz.rudny.cabinet.domain.files.boundary
                .IncomingFile("empty.pdf", new java.io.ByteArrayInputStream(new byte[0]))));
        assertEquals(1, meetingFiles().of(id).size(), "only the document is kept");

        callers().signIn(MEMBER);
        assertEquals("Баяндама «Функционалдық сауаттылық».pdf", meetingFiles().of(id).get(0).name());
        assertTrue(java.nio.file.Files.size(meetingFiles().download(id, fileId).path()) > 0);
        assertField("minutes", "minutes.notRecorder", () -> meetingFiles().remove(id, fileId));
        callers().signIn(NOT_MEMBER);
        assertThrows(NotFoundException.class, () -> meetingFiles().download(id, fileId));
        callers().signIn(OTHER_SCHOOL);
        assertThrows(NotFoundException.class, () -> meetingFiles().download(id, fileId));
        assertThrows(NotFoundException.class, () -> meetingFiles().of(id));

        callers().signIn(HEAD);
        meetingFiles().remove(id, fileId);
        assertEquals(List.of(), meetingFiles().of(id));
    }

    private static byte[] pdf() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        com.lowagie.text.Document doc = new com.lowagie.text.Document();
        com.lowagie.text.pdf.PdfWriter.getInstance(doc, out);
        doc.open();
        doc.add(new com.lowagie.text.Paragraph("Functional literacy"));
        doc.close();
        return out.toByteArray();
    }

    @Test
    default void membersSeeTheMeetingInTheirCalendarItsSequenceGrowsWhenMovedAndOwnersTheirDeadlines() {
        callers().signIn(HEAD);
        AssociationRoster association = headed();
        LocalDate day = LocalDate.now(RUDNY).plusDays(26);
        long id = meetings().plan(form(association.id(), day, 14, 15, "Күнтізбе", null, "Гость"));
        callers().signIn(MEMBER);
        var entry = meetingEntry(id, day);
        assertEquals("meeting-" + id + "@cabinet.rudny.kz", entry.uid());
        assertEquals(day.atTime(14, 0), entry.start());
        int before = entry.sequence();
        assertTrue(calendar().entryIcs(entry.uid()).contains("UID:meeting-" + id + "@"), "one .ics per entry");

        callers().signIn(HEAD);
        MeetingForm moved = meetings().form(id);
        moved.setStart(LocalTime.of(16, 0));
        moved.setEnd(LocalTime.of(17, 0));
        meetings().update(id, moved);
        callers().signIn(MEMBER);
        var after = meetingEntry(id, day);
        assertEquals(day.atTime(16, 0), after.start());
        assertTrue(after.sequence() > before, "the sequence grows: " + before + " → " + after.sequence());
        callers().signIn(NOT_MEMBER);
        assertTrue(calendar().entries(day, day).stream().noneMatch(e -> e.uid().equals(entry.uid())), "not a member's");
        callers().signIn(OTHER_SCHOOL);
        assertTrue(calendar().entries(day, day).stream().noneMatch(e -> e.uid().equals(entry.uid())), "not another school's");
        assertThrows(NotFoundException.class, () -> calendar().entryIcs(entry.uid()));
    }

    @Test
    default void aMeetingMovedToAnotherMonthNeedsAReasonAndIsMarkedMovedInThePlan() {
        callers().signIn(HEAD);
        AssociationRoster association = headed();
        LocalDate day = LocalDate.now(RUDNY).plusDays(40);
        LocalDate other = day.plusMonths(1);
        if (!AcademicYear.of(other).equals(AcademicYear.of(day))) {
            other = day.minusMonths(1); // still ten days ahead, in the same academic year
        }
        long id = meetings().plan(form(association.id(), day, 14, 15, "Ауыстырылатын отырыс", null, "Гость"));

        // To another month without a reason: refused by the field, nothing changes.
        MeetingForm noReason = meetings().form(id);
        noReason.setDate(other);
        assertField("moveReason", "meeting.moveReasonRequired", () -> meetings().update(id, noReason));
        assertEquals(day, meetings().view(id).startsAt().toLocalDate(), "not moved");

        // A new day in the same month needs no reason, and the plan's term stays.
        MeetingForm sameMonth = meetings().form(id);
        LocalDate sameMonthDay = day.getDayOfMonth() > 1 ? day.minusDays(1) : day.plusDays(1);
        sameMonth.setDate(sameMonthDay);
        meetings().update(id, sameMonth);
        callers().signIn(METHODOLOGIST);
        assertEquals(kz.rudny.cabinet.events.plan.boundary.ExecutionMark.PLANNED, planItemOf(id, day).mark());

        callers().signIn(HEAD);
        MeetingForm moved = meetings().form(id);
        moved.setDate(other);
        moved.setMoveReason("Аудандық семинармен бір күнге түсті");
        meetings().update(id, moved);
        callers().signIn(METHODOLOGIST);
        var item = planItemOf(id, other);
        assertEquals(kz.rudny.cabinet.events.plan.boundary.ExecutionMark.MOVED, item.mark(), item.toString());
        assertEquals(java.time.YearMonth.from(other).toString(), item.term().code(), "the new month");
        assertEquals(java.time.YearMonth.from(day).toString(), item.movedFrom().code(), "the month it was planned for");
        assertEquals("Аудандық семинармен бір күнге түсті", item.reason());
        callers().signIn(MEMBER);
        assertTrue(unread().stream().anyMatch(n -> n.link().equals("/events/meeting.xhtml?id=" + id)
                && n.text().contains("Аудандық семинармен бір күнге түсті")), "the members are told why");
    }

    private kz.rudny.cabinet.events.calendar.boundary.CalendarEntry meetingEntry(long meetingId, LocalDate day) {
        return calendar().entries(day, day).stream().filter(e -> e.uid().equals("meeting-" + meetingId + "@cabinet.rudny.kz"))
                .findFirst().orElseThrow(() -> new AssertionError("meeting " + meetingId + " not in the calendar"));
    }

    /** The annual plan's item of a meeting (read as the methodologist). */
    private kz.rudny.cabinet.events.plan.boundary.PlanItemView planItemOf(long meetingId, LocalDate day) {
        return plans().plan(AcademicYear.of(day).startYear()).items().stream()
                .filter(i -> "MEETING".equals(i.sourceKind()) && i.sourceId() != null && i.sourceId() == meetingId)
                .findFirst().orElseThrow(() -> new AssertionError("meeting " + meetingId + " is not in the plan"));
    }

    private AssociationRoster headed() {
        return meetings().associationsOfMine().stream().filter(a -> meetings().canPlan(a.id())
                && a.isHead(callers().staffId(callers().username()))).findFirst().orElseThrow();
    }

    private List<NoticeView> unread() {
        return inbox().page(new PageRequest(0, 50, null, false, null), Language.KK).items().stream()
                .filter(n -> !n.read()).toList();
    }

    private int count(long associationId, LocalDate day) {
        return meetings().ofAssociation(associationId, AcademicYear.of(day)).size();
    }

    private static MeetingForm form(long association, LocalDate day, int from, int to, String topic, Long speaker,
                                    String guest) {
        MeetingForm f = new MeetingForm();
        f.setAssociationId(association);
        f.setDate(day);
        f.setStart(LocalTime.of(from, 0));
        f.setEnd(LocalTime.of(to, 0));
        f.getAgenda().add(new AgendaItemForm(topic, speaker, guest));
        return f;
    }

    private static void assertField(String field, String key, Runnable action) {
        InvalidInputException e = assertThrows(InvalidInputException.class, action::run);
        assertEquals(field, e.problems().get(0).field(), e.problems().toString());
        assertEquals(key, e.problems().get(0).messageKey());
    }

    @SuppressWarnings("unused")
    private static <T> T quietly(Supplier<T> s) {
        return s.get();
    }
}
