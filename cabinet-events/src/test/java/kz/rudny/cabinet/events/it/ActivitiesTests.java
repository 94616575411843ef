package kz.rudny.cabinet.events.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.it.support.Callers;
import kz.rudny.cabinet.domain.it.support.TestDatabase;
import kz.rudny.cabinet.domain.notifications.boundary.Inbox;
import kz.rudny.cabinet.domain.notifications.boundary.NoticeView;
import kz.rudny.cabinet.domain.paging.PageRequest;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.people.boundary.Profile;
import kz.rudny.cabinet.events.activities.boundary.Activities;
import kz.rudny.cabinet.events.activities.boundary.ActivityForm;
import kz.rudny.cabinet.events.activities.boundary.ActivityKind;
import kz.rudny.cabinet.events.activities.boundary.ActivityLevel;
import kz.rudny.cabinet.events.activities.boundary.ActivityStatus;
import kz.rudny.cabinet.events.activities.boundary.ActivityView;
import kz.rudny.cabinet.events.activities.boundary.Audience;
import kz.rudny.cabinet.events.activities.boundary.PresenterForm;
import kz.rudny.cabinet.events.activities.boundary.RegistrationView;
import kz.rudny.cabinet.events.activities.boundary.Registrations;
import kz.rudny.cabinet.events.activities.boundary.Seat;
import kz.rudny.cabinet.events.activities.boundary.SeatStatus;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.events.plan.boundary.ExecutionMark;
import kz.rudny.cabinet.events.plan.boundary.PlanItemKind;
import kz.rudny.cabinet.events.plan.boundary.PlanItemView;
import kz.rudny.cabinet.events.plan.boundary.Plans;
import org.junit.jupiter.api.Test;

/**
 * Events (master classes, seminars...) and their places on a real server and database, as the demo schools'
 * people: a school's own event seen only by its school, an open one by the town, a district one by every school;
 * exactly {@code capacity} places, the rest waiting in the order they came, moved up at once when a place frees or
 * the capacity grows, and told; cancelling tells everyone; bad input refused by the field with nothing stored.
 * Each test makes events of its own, days ahead.
 */
interface ActivitiesTests {

    String METHODOLOGIST = "s12.methodologist";
    String TEACHER = "s12.teacher";
    String OTHER_TEACHER = "g3.teacher";
    String OTHER_HEAD = "g3.head";
    String THIRD_TEACHER = "s7.teacher";
    String THIRD_METHODOLOGIST = "s7.methodologist";
    String DISTRICT = "district.methodologist";

    Callers callers();

    TestDatabase db();

    Activities activities();

    Registrations registrations();

    Inbox inbox();

    Plans plans();

    Profile profile();

    @Test
    default void aSchoolsOwnEventIsSeenOnlyByItsSchoolAndAnOpenOneByTheWholeTown() {
        callers().signIn(METHODOLOGIST);
        long own = activities().create(form(Audience.SCHOOL, "Педсовет: итоги четверти", 30, 20));
        long open = activities().create(form(Audience.TOWN, "Мастер-класс: смысловое чтение", 31, 20));

        callers().signIn(TEACHER);
        assertThrows(NotFoundException.class, () -> activities().view(own), "a draft only for its organisers");
        callers().signIn(METHODOLOGIST);
        activities().publish(own);
        activities().publish(open);
        assertThrows(InvalidInputException.class, () -> activities().publish(open), "published once");

        callers().signIn(TEACHER);
        assertEquals("Педсовет: итоги четверти", activities().view(own).titleRu());
        assertTrue(unread().stream().anyMatch(n -> n.text().contains("Педсовет: итоги четверти")), "the school is told");

        callers().signIn(OTHER_TEACHER);
        assertThrows(NotFoundException.class, () -> activities().view(own), "another school's own event");
        assertThrows(NotFoundException.class, () -> registrations().register(own));
        LocalDate from = LocalDate.now(RUDNY).plusDays(29);
        List<Long> seen = activities().between(from, from.plusDays(3), null, null).stream().map(ActivityView::id).toList();
        assertTrue(seen.contains(open) && !seen.contains(own), seen.toString());
        ActivityView view = activities().view(open);
        assertEquals("Средняя школа №12", view.ownerName(), "the organising school is shown");
        assertFalse(view.organising());
        assertTrue(unread().stream().anyMatch(n -> n.text().contains("Мастер-класс: смысловое чтение")),
                "the town is told of an open event");
        assertTrue(unread().stream().noneMatch(n -> n.text().contains("Педсовет: итоги четверти")),
                "nothing of another school's own event");
        assertEquals(seen, activities().between(from, from.plusDays(3), ActivityKind.MASTER_CLASS, null).stream()
                .map(ActivityView::id).filter(seen::contains).toList(), "the kind filter keeps the master class");
        assertTrue(activities().between(from, from.plusDays(3), ActivityKind.CONFERENCE, null).stream()
                .noneMatch(a -> a.id() == open));
    }

    @Test
    default void theDemoShowsEventsInEveryStateAndAFewPlacesLeftAtTheDistrictSeminar() {
        LocalDate today = LocalDate.now(RUDNY);
        callers().signIn(OTHER_TEACHER);
        List<ActivityView> seen = activities().between(today.minusDays(25), today.plusDays(25), null, null);
        List<ActivityView> own = seen.stream().filter(a -> "Абай атындағы №3 мектеп-гимназия".equals(a.ownerName())).toList();
        assertTrue(own.stream().map(ActivityView::status).toList().containsAll(List.of(ActivityStatus.HELD,
                ActivityStatus.PUBLISHED, ActivityStatus.CANCELLED)), "the school's held, open and cancelled events");
        assertTrue(own.stream().anyMatch(a -> a.kind() == ActivityKind.OPEN_LESSON && a.audience() == Audience.TOWN
                && a.status() == ActivityStatus.PUBLISHED && a.taken() > 0), "an open lesson with observers");
        ActivityView held = own.stream().filter(a -> a.kind() == ActivityKind.MASTER_CLASS
                && a.status() == ActivityStatus.HELD).findFirst().orElseThrow();
        assertEquals(SeatStatus.REGISTERED, held.mySeat(), "the teacher took part in the school's master class");
        ActivityView seminar = seen.stream().filter(a -> a.ownerName() == null && a.status() == ActivityStatus.PUBLISHED)
                .findFirst().orElseThrow();
        assertEquals(Audience.DISTRICT, seminar.audience());
        assertEquals(12, seminar.capacity());
        assertEquals(9, seminar.taken(), "three people of each school registered: three places left");
        assertTrue(seminar.registrationOpen());
        assertTrue(seen.stream().anyMatch(a -> a.ownerName() == null && a.status() == ActivityStatus.HELD));
        assertTrue(seen.stream().anyMatch(a -> a.ownerName() == null && a.status() == ActivityStatus.CANCELLED
                && a.cancelReason() != null));
        assertTrue(seen.stream().noneMatch(a -> a.status() == ActivityStatus.DRAFT), "drafts only for their organisers");
        assertTrue(seen.stream().anyMatch(a -> "Средняя школа №12".equals(a.ownerName())
                && a.kind() == ActivityKind.OPEN_LESSON), "another school's open lesson, open to the town");
        assertTrue(seen.stream().noneMatch(a -> "Средняя школа №12".equals(a.ownerName())
                && a.audience() == Audience.SCHOOL), "nothing of another school's own events");

        callers().signIn("g3.methodologist");
        List<RegistrationView> people = registrations().of(held.id());
        assertEquals(6, people.size());
        assertEquals(5, people.stream().filter(p -> Boolean.TRUE.equals(p.attended())).count(), "attendance taken");
        callers().signIn("g3.head");
        assertTrue(activities().between(today.plusDays(19), today.plusDays(21), null, null).stream()
                .anyMatch(a -> a.status() == ActivityStatus.DRAFT), "the head sees the round table she drafts");
    }

    @Test
    default void exactlyCapacityPlacesAreTakenTheRestWaitInOrderAndMoveUpWhenAPlaceFrees() {
        callers().signIn(METHODOLOGIST);
        long id = activities().create(form(Audience.TOWN, "Семинар: формативное оценивание", 40, 2));
        activities().publish(id);

        assertEquals(new Seat(SeatStatus.REGISTERED, null), as(OTHER_TEACHER, id));
        assertEquals(new Seat(SeatStatus.REGISTERED, null), as(THIRD_TEACHER, id));
        assertEquals(new Seat(SeatStatus.WAITING, 1), as(OTHER_HEAD, id));
        assertEquals(new Seat(SeatStatus.WAITING, 2), as(THIRD_METHODOLOGIST, id));
        assertEquals(new Seat(SeatStatus.WAITING, 3), as(TEACHER, id));
        callers().signIn(OTHER_TEACHER);
        assertRefused("activity", "activity.alreadyRegistered", () -> registrations().register(id));
        ActivityView places = activities().view(id);
        assertEquals(2, places.taken());
        assertEquals(3, places.waiting());
        assertEquals(SeatStatus.REGISTERED, places.mySeat());
        assertThrows(NotFoundException.class, () -> registrations().of(id), "a registrant sees no list");

        callers().signIn(METHODOLOGIST);
        List<RegistrationView> list = registrations().of(id);
        assertEquals(List.of(SeatStatus.REGISTERED, SeatStatus.REGISTERED, SeatStatus.WAITING, SeatStatus.WAITING,
                SeatStatus.WAITING), list.stream().map(RegistrationView::status).toList());
        assertTrue(list.get(2).schoolName().contains("№3"), "the first waiting is g3's head, with the school: " + list);

        // The first registered cancels: g3's head moves up at once and is told; the queue closes up.
        callers().signIn(OTHER_TEACHER);
        registrations().cancel(id);
        assertNull(activities().view(id).mySeat());
        callers().signIn(OTHER_HEAD);
        assertEquals(SeatStatus.REGISTERED, activities().view(id).mySeat());
        assertTrue(unread().stream().anyMatch(n -> n.text().contains("Семинар: формативное оценивание")
                && n.link().equals("/events/activity.xhtml?id=" + id)), "the one moved up is told");
        callers().signIn(THIRD_METHODOLOGIST);
        assertEquals(1, activities().view(id).myPosition(), "now first in the queue");

        // The capacity: never below the places taken; raised, the queue moves up in order.
        callers().signIn(METHODOLOGIST);
        assertRefused("capacity", "activity.capacityBelowTaken", () -> registrations().changeCapacity(id, 1));
        registrations().changeCapacity(id, 3);
        ActivityView raised = activities().view(id);
        assertEquals(3, raised.taken());
        assertEquals(1, raised.waiting());
        callers().signIn(THIRD_METHODOLOGIST);
        assertEquals(SeatStatus.REGISTERED, activities().view(id).mySeat(), "the first waiting took the new place");
        callers().signIn(TEACHER);
        assertEquals(SeatStatus.WAITING, activities().view(id).mySeat());
        assertEquals(1, activities().view(id).myPosition());
        assertEquals(3, db().number("SELECT TAKEN FROM ACTIVITY WHERE ID = ?", id));
        assertEquals(3, db().number("SELECT COUNT(*) FROM ACTIVITY_REGISTRATION WHERE ACTIVITY_ID = ?"
                + " AND STATUS = 'REGISTERED'", id), "the counter agrees with the rows");

        // A cancelled registration may register again: at the end of the queue.
        callers().signIn(OTHER_TEACHER);
        assertEquals(new Seat(SeatStatus.WAITING, 2), registrations().register(id));
    }

    @Test
    default void theOrganiserRegistersColleaguesOfTheSchoolWhoAreToldAndNobodyElse() {
        callers().signIn(TEACHER);
        long teacherStaff = profile().staffCard().orElseThrow().staffId();
        callers().signIn("s12.t05");
        long otherStaff = profile().staffCard().orElseThrow().staffId();
        callers().signIn(OTHER_TEACHER);
        long foreignStaff = profile().staffCard().orElseThrow().staffId();
        callers().signIn(METHODOLOGIST);
        long id = activities().create(form(Audience.TOWN, "Семинар: наставничество молодых", 70, 1));
        assertRefused("colleague", "activity.notOpen", () -> registrations().registerColleague(id, teacherStaff));
        activities().publish(id);
        assertEquals(new Seat(SeatStatus.REGISTERED, null), registrations().registerColleague(id, teacherStaff));
        assertEquals(new Seat(SeatStatus.WAITING, 1), registrations().registerColleague(id, otherStaff));
        assertRefused("activity", "activity.alreadyRegistered", () -> registrations().registerColleague(id, teacherStaff));
        assertRefused("colleague", "activity.presenterUnknown",
                () -> registrations().registerColleague(id, foreignStaff));
        assertEquals(2, db().number("SELECT COUNT(*) FROM ACTIVITY_REGISTRATION WHERE ACTIVITY_ID = ?", id),
                "nobody of another school registered");

        callers().signIn(TEACHER);
        assertEquals(SeatStatus.REGISTERED, activities().view(id).mySeat());
        assertTrue(unread().stream().anyMatch(n -> n.text().contains("Семинар: наставничество молодых")
                && n.link().equals("/events/activity.xhtml?id=" + id)), "the colleague is told");
        assertThrows(NotFoundException.class, () -> registrations().registerColleague(id, otherStaff),
                "only the organiser registers others");

        // A school's organiser does not register people of another school, nor for another school's event.
        callers().signIn(THIRD_METHODOLOGIST);
        assertThrows(NotFoundException.class, () -> registrations().registerColleague(id, otherStaff));
    }

    @Test
    default void cancellingAnEventTellsEveryoneRegisteredOrWaitingWhyAndClosesIt() {
        callers().signIn(METHODOLOGIST);
        long id = activities().create(form(Audience.TOWN, "Круглый стол: инклюзия", 45, 1));
        activities().publish(id);
        as(OTHER_TEACHER, id);
        as(THIRD_TEACHER, id);
        callers().signIn(METHODOLOGIST);
        assertRefused("reason", "field.required", () -> activities().cancel(id, "  "));
        activities().cancel(id, "Карантин в школе");
        assertEquals(ActivityStatus.CANCELLED, activities().view(id).status());
        LocalDate day = LocalDate.now(RUDNY).plusDays(45);
        PlanItemView item = plans().plan(AcademicYear.of(day).startYear()).items().stream()
                .filter(i -> "ACTIVITY".equals(i.sourceKind()) && i.sourceId() == id).findFirst()
                .orElseThrow(() -> new AssertionError("the announced event is an item of the school's plan"));
        assertEquals(PlanItemKind.MASTER_CLASS, item.kind(), "the event's kind");
        assertEquals(ExecutionMark.CANCELLED, item.mark());
        assertEquals("Карантин в школе", item.reason());
        assertEquals("Карантин в школе", activities().view(id).cancelReason());
        for (String who : List.of(OTHER_TEACHER, THIRD_TEACHER)) {
            callers().signIn(who);
            assertTrue(unread().stream().anyMatch(n -> n.text().contains("Карантин в школе")), who + " is told");
            assertNull(activities().view(id).mySeat());
            assertRefused("activity", "activity.cancelled", () -> registrations().register(id));
        }
        assertEquals(0, db().number("SELECT COUNT(*) FROM ACTIVITY_REGISTRATION WHERE ACTIVITY_ID = ?"
                + " AND STATUS <> 'CANCELLED'", id));
    }

    @Test
    default void aDistrictEventIsOpenToEverySchoolAndOrganisedByTheDistrict() {
        callers().signIn(DISTRICT);
        ActivityForm form = form(Audience.DISTRICT, "Городская конференция: функциональная грамотность", 50, 100);
        form.setLevel(ActivityLevel.TOWN);
        long id = activities().create(form);
        activities().publish(id);
        for (String who : List.of(TEACHER, OTHER_TEACHER, THIRD_TEACHER)) {
            assertEquals(SeatStatus.REGISTERED, as(who, id).status(), who);
        }
        callers().signIn(DISTRICT);
        assertEquals(3, registrations().of(id).size(), "the district sees who registered, of every school");
        assertNull(activities().view(id).ownerName(), "organised by the district, not a school");
        callers().signIn(METHODOLOGIST);
        assertThrows(NotFoundException.class, () -> registrations().of(id), "a school does not organise it");
        assertRefused("audience", "activity.schoolAudience",
                () -> activities().create(form(Audience.DISTRICT, "Не районное", 50, 10)));
    }

    @Test
    default void badEventsAreRefusedByTheFieldAndNothingIsStored() {
        callers().signIn(METHODOLOGIST);
        long before = db().number("SELECT COUNT(*) FROM ACTIVITY");
        ActivityForm noTitle = form(Audience.SCHOOL, null, 60, 10);
        assertRefused("titleKk", "activity.titleRequired", () -> activities().create(noTitle));
        ActivityForm backwards = form(Audience.SCHOOL, "Назад", 60, 10);
        backwards.setEndsAt(backwards.getStartsAt().minusHours(1));
        assertRefused("endsAt", "booking.endBeforeStart", () -> activities().create(backwards));
        ActivityForm nowhere = form(Audience.SCHOOL, "Нигде", 60, 10);
        nowhere.setPlace(null);
        assertRefused("place", "activity.placeRequired", () -> activities().create(nowhere));
        ActivityForm badLink = form(Audience.SCHOOL, "Онлайн", 60, 10);
        badLink.setOnlineLink("javascript:alert(1)");
        assertRefused("onlineLink", "activity.linkInvalid", () -> activities().create(badLink));
        ActivityForm late = form(Audience.SCHOOL, "Поздно", 60, 10);
        late.setRegistrationClosesAt(late.getStartsAt().plusHours(1));
        assertRefused("registrationClosesAt", "activity.closesAfterStart", () -> activities().create(late));
        ActivityForm farAway = form(Audience.SCHOOL, "Далеко", 60, 10);
        farAway.setStartsAt(farAway.getStartsAt().plusYears(3));
        farAway.setEndsAt(farAway.getStartsAt().plusHours(2));
        farAway.setRegistrationClosesAt(farAway.getStartsAt().minusHours(1));
        assertRefused("startsAt", "meeting.outsideYear", () -> activities().create(farAway));
        ActivityForm district = form(Audience.DISTRICT, "Не для школы", 60, 10);
        assertRefused("audience", "activity.schoolAudience", () -> activities().create(district));
        ActivityForm unknownPresenter = form(Audience.SCHOOL, "Ведущий", 60, 10);
        unknownPresenter.getPresenters().add(new PresenterForm(987654321L, null));
        assertRefused("presenters", "activity.presenterUnknown", () -> activities().create(unknownPresenter));
        assertThrows(ConstraintViolationException.class, () -> activities().create(form(Audience.SCHOOL, "Ноль", 60, 0)));
        assertThrows(ConstraintViolationException.class,
                () -> activities().create(form(Audience.SCHOOL, "т".repeat(301), 60, 10)));
        callers().signIn(TEACHER);
        assertRefused("kind", "activity.notOrganiser", () -> activities().create(form(Audience.SCHOOL, "Учитель", 60, 10)));
        assertEquals(before, db().number("SELECT COUNT(*) FROM ACTIVITY"), "nothing stored");

        callers().signIn(METHODOLOGIST);
        long id = activities().create(form(Audience.SCHOOL, "<script>alert(1)</script> Тема", 60, 10));
        assertEquals("<script>alert(1)</script> Тема", activities().view(id).titleRu(), "kept as typed");
    }

    ZoneId RUDNY = ZoneId.of("Asia/Qostanay");

    /** An event {@code daysAhead} at 15:00–17:00 school time, registration open from an hour ago until the start. */
    private static ActivityForm form(Audience audience, String titleRu, int daysAhead, int capacity) {
        ActivityForm f = new ActivityForm();
        f.setKind(audience == Audience.SCHOOL ? ActivityKind.PEDAGOGICAL_COUNCIL : ActivityKind.MASTER_CLASS);
        f.setLevel(audience == Audience.SCHOOL ? ActivityLevel.SCHOOL : ActivityLevel.TOWN);
        f.setAudience(audience);
        f.setTitleRu(titleRu);
        f.setDescription("Для учителей-предметников.");
        LocalDateTime start = LocalDate.now(RUDNY).plusDays(daysAhead).atTime(15, 0);
        f.setStartsAt(start);
        f.setEndsAt(start.plusHours(2));
        f.setPlace("Актовый зал");
        f.setCapacity(capacity);
        f.setRegistrationOpensAt(LocalDateTime.now(RUDNY).minusHours(1));
        f.setRegistrationClosesAt(start);
        return f;
    }

    private Seat as(String username, long id) {
        callers().signIn(username);
        return registrations().register(id);
    }

    private List<NoticeView> unread() {
        return inbox().page(new PageRequest(0, 50, null, false, null), Language.RU).items().stream()
                .filter(n -> !n.read()).toList();
    }

    private static void assertRefused(String field, String key, Runnable action) {
        InvalidInputException e = assertThrows(InvalidInputException.class, action::run);
        assertEquals(field, e.problems().get(0).field(), e.problems().toString());
        assertEquals(key, e.problems().get(0).messageKey());
    }
}
