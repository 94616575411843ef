package kz.rudny.cabinet.reporting.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.calendar.Quarter;
import kz.rudny.cabinet.domain.figures.boundary.Indicator;
import kz.rudny.cabinet.domain.it.support.Callers;
import kz.rudny.cabinet.domain.it.support.TestDatabase;
import kz.rudny.cabinet.events.activities.boundary.Activities;
import kz.rudny.cabinet.events.activities.boundary.ActivityForm;
import kz.rudny.cabinet.events.activities.boundary.ActivityKind;
import kz.rudny.cabinet.events.activities.boundary.ActivityLevel;
import kz.rudny.cabinet.events.activities.boundary.Attendance;
import kz.rudny.cabinet.events.activities.boundary.Audience;
import kz.rudny.cabinet.events.activities.boundary.OpenLessonForm;
import kz.rudny.cabinet.events.activities.boundary.OpenLessons;
import kz.rudny.cabinet.events.activities.boundary.Registrations;
import kz.rudny.cabinet.events.plan.boundary.ExecutionForm;
import kz.rudny.cabinet.events.plan.boundary.ExecutionMark;
import kz.rudny.cabinet.events.plan.boundary.PlanItemForm;
import kz.rudny.cabinet.events.plan.boundary.PlanItemKind;
import kz.rudny.cabinet.events.plan.boundary.Plans;
import kz.rudny.cabinet.library.exchange.boundary.DistrictExchange;
import kz.rudny.cabinet.library.exchange.boundary.Feedback;
import kz.rudny.cabinet.library.materials.boundary.Materials;
import kz.rudny.cabinet.reporting.figures.boundary.Dashboard;
import kz.rudny.cabinet.reporting.figures.boundary.DistrictFigures;
import kz.rudny.cabinet.reporting.figures.boundary.FigureLine;
import kz.rudny.cabinet.reporting.figures.boundary.OwnFigures;
import kz.rudny.cabinet.reporting.figures.boundary.SchoolTrend;
import org.junit.jupiter.api.Test;

/**
 * The figures counted per quarter: a quarter alone, the year as the sum of its quarters, the standing figures the same
 * in every quarter; and, indicator by indicator, a change in a school read on the dashboard at once, in the quarter it
 * happened: an open lesson held with guests from another school (events by kind and level, open lessons, guests
 * received and sent), a plan item held, a shared material shared, downloaded, rated, featured and deleted (the
 * exchange of best practice). A rebuild then counts exactly what the facts kept.
 */
interface WorkAndExchangeFiguresTests {

    String DISTRICT = "district.methodologist";
    String ADMIN = "district.admin";
    ZoneId RUDNY = ZoneId.of("Asia/Qostanay");

    Callers callers();

    TestDatabase db();

    Dashboard dashboard();

    Activities activities();

    Registrations registrations();

    Attendance attendance();

    OpenLessons openLessons();

    Plans plans();

    DistrictExchange exchange();

    Feedback feedback();

    Materials materials();

    @Test
    default void aQuarterCountsItsOwnAndTheYearIsTheSumOfItsQuarters() {
        int year = AcademicYear.of(LocalDate.now(RUDNY)).startYear();
        callers().signIn(DISTRICT);
        DistrictFigures whole = dashboard().district(year);
        List<DistrictFigures> quarters = List.of(Quarter.values()).stream()
                .map(q -> dashboard().district(year, q)).toList();
        long perQuarterLines = 0;
        for (FigureLine line : whole.lines()) {
            for (int school = 0; school < whole.schools().size(); school++) {
                int column = school;
                List<Long> values = quarters.stream().map(t -> valueAt(t, line, column)).toList();
                if (line.indicator().perQuarter()) {
                    assertEquals(line.values().get(column), values.stream().mapToLong(Long::longValue).sum(),
                            line.indicator() + "/" + line.key() + ": the year is the sum of its quarters");
                    perQuarterLines++;
                } else {
                    values.forEach(v -> assertEquals(line.values().get(column), v,
                            line.indicator() + " stands the same in every quarter"));
                }
            }
        }
        assertTrue(perQuarterLines > 0);
        assertTrue(whole.lines().stream().anyMatch(l -> l.indicator() == Indicator.MEETINGS_HELD && l.total() > 0),
                "the demo schools held meetings this year");

        callers().signIn("g3.methodologist");
        Quarter q = AcademicYear.of(LocalDate.now(RUDNY)).quarterOf(LocalDate.now(RUDNY));
        OwnFigures own = dashboard().mine(year, q);
        assertEquals(q, own.quarter());
        long g3 = schoolOf("g3.methodologist");
        DistrictFigures inQuarter = quarters.get(q.ordinal());
        for (OwnFigures.Line line : own.lines()) {
            assertEquals(value(inQuarter, line.indicator(), line.key(), g3), line.value(), line.indicator().name());
        }
        SchoolTrend trend = dashboard().myTrend();
        assertEquals(g3, trend.schoolId());
        assertTrue(trend.years().contains(year) && trend.years().contains(year - 1), "this year and the last");
        assertEquals(year, trend.years().get(trend.years().size() - 1), "no year not begun");
        assertEquals((trend.years().size() - 1) * 4 + q.number(), trend.quarters().size(),
                "every quarter of the years before, and this year's begun so far: " + trend.quarters());
        assertEquals(new SchoolTrend.Period(year, q), trend.quarters().get(trend.quarters().size() - 1));
    }

    @Test
    default void anOpenLessonWithGuestsCountsForTheOrganiserAndForTheSchoolThatCame() {
        LocalDateTime start = LocalDateTime.now(RUDNY).withNano(0).minusMinutes(2);
        AcademicYear year = AcademicYear.of(start.toLocalDate());
        Quarter quarter = year.quarterOf(start.toLocalDate());
        long s12 = schoolOf("s12.methodologist");
        long g3 = schoolOf("g3.t05");
        long s7 = schoolOf("s7.t05");
        callers().signIn(DISTRICT);
        DistrictFigures before = dashboard().district(year.startYear(), quarter);

        callers().signIn("s12.methodologist");
        ActivityForm f = new ActivityForm();
        f.setKind(ActivityKind.OPEN_LESSON);
        f.setLevel(ActivityLevel.REGION);
        f.setAudience(Audience.TOWN);
        f.setTitleRu("Открытый урок для отчёта района");
        LocalDateTime ahead = LocalDate.now(RUDNY).plusDays(80).atTime(15, 0);
        f.setStartsAt(ahead);
        f.setEndsAt(ahead.plusHours(2));
        f.setPlace("Актовый зал");
        f.setCapacity(10);
        f.setRegistrationOpensAt(LocalDateTime.now(RUDNY).minusHours(1));
        f.setRegistrationClosesAt(ahead);
        long id = activities().create(f);
        activities().publish(id);
        OpenLessonForm lesson = new OpenLessonForm();
        lesson.setTeacherStaffId(db().staffIdOf("s12.t02"));
        lesson.setClassName("7 Б");
        lesson.setSubject("Физика");
        lesson.setTopic("Давление твёрдых тел");
        lesson.setGoals("Формула давления и её применение");
        openLessons().describe(id, lesson);
        for (String who : List.of("g3.t05", "s7.t05")) {
            callers().signIn(who);
            registrations().register(id);
        }
        db().update("UPDATE ACTIVITY SET STARTS_AT = ?, ENDS_AT = ?, REGISTRATION_OPENS_AT = ?,"
                        + " REGISTRATION_CLOSES_AT = ? WHERE ID = ?", Timestamp.valueOf(start),
                Timestamp.valueOf(start.plusHours(2)), Timestamp.valueOf(start.minusHours(3)),
                Timestamp.valueOf(start.minusMinutes(1)), id);
        callers().signIn("s12.methodologist");
        attendance().take(id, Map.of(registrationOf(id, "g3.t05"), true, registrationOf(id, "s7.t05"), false));

        callers().signIn(DISTRICT);
        DistrictFigures after = dashboard().district(year.startYear(), quarter);
        assertEquals(value(before, Indicator.EVENTS_HELD, "OPEN_LESSON", s12) + 1,
                value(after, Indicator.EVENTS_HELD, "OPEN_LESSON", s12));
        assertEquals(value(before, Indicator.OPEN_LESSONS, "", s12) + 1, value(after, Indicator.OPEN_LESSONS, "", s12));
        assertEquals(value(before, Indicator.EVENTS_BY_LEVEL, "REGION", s12) + 1,
                value(after, Indicator.EVENTS_BY_LEVEL, "REGION", s12));
        assertEquals(value(before, Indicator.GUESTS_RECEIVED, "", s12) + 1,
                value(after, Indicator.GUESTS_RECEIVED, "", s12), "the teacher of №3 who came");
        assertEquals(value(before, Indicator.GUESTS_SENT, "", g3) + 1, value(after, Indicator.GUESTS_SENT, "", g3));
        assertEquals(value(before, Indicator.GUESTS_SENT, "", s7), value(after, Indicator.GUESTS_SENT, "", s7),
                "absent: not counted");
        assertEquals(value(before, Indicator.EVENTS_HELD, "OPEN_LESSON", g3),
                value(after, Indicator.EVENTS_HELD, "OPEN_LESSON", g3), "the organiser's event, not the guests'");
        assertEquals(value(before, Indicator.OPEN_LESSONS, "", g3), value(after, Indicator.OPEN_LESSONS, "", g3));
        rebuildCountsTheSame(year.startYear(), quarter);
    }

    @Test
    default void aPlanItemHeldCountsInItsQuarter() {
        LocalDate today = LocalDate.now(RUDNY);
        AcademicYear year = AcademicYear.of(today);
        Quarter quarter = year.quarterOf(today);
        long s7 = schoolOf("s7.methodologist");
        callers().signIn(DISTRICT);
        DistrictFigures before = dashboard().district(year.startYear(), quarter);

        callers().signIn("s7.methodologist");
        PlanItemForm item = plans().newItem(year.startYear());
        item.setTitle("Семинар: итоги четверти");
        item.setKind(PlanItemKind.SEMINAR);
        item.setTerm(YearMonth.from(today).toString());
        item.setResponsibleStaffId(db().staffIdOf("s7.methodologist"));
        item.setExpectedResult("Справка");
        long id = plans().add(item);
        callers().signIn(DISTRICT);
        DistrictFigures added = dashboard().district(year.startYear(), quarter);
        assertEquals(value(before, Indicator.PLAN_ITEMS_DUE, "", s7) + 1, value(added, Indicator.PLAN_ITEMS_DUE, "", s7),
                "this month's item is due");
        assertEquals(value(before, Indicator.PLAN_ITEMS_HELD, "", s7), value(added, Indicator.PLAN_ITEMS_HELD, "", s7));

        callers().signIn("s7.methodologist");
        ExecutionForm held = plans().executionForm(id);
        held.setMark(ExecutionMark.HELD);
        held.setHeldOn(today);
        plans().execute(id, held);
        callers().signIn(DISTRICT);
        DistrictFigures after = dashboard().district(year.startYear(), quarter);
        assertEquals(value(before, Indicator.PLAN_ITEMS_HELD, "", s7) + 1, value(after, Indicator.PLAN_ITEMS_HELD, "", s7));
        rebuildCountsTheSame(year.startYear(), quarter);
    }

    @Test
    default void lastYearsPlanItemMarkedLateCountsInLastYearAtOnce() {
        AcademicYear lastYear = new AcademicYear(AcademicYear.of(LocalDate.now(RUDNY)).startYear() - 1);
        LocalDate march = lastYear.firstDay().plusMonths(6);
        Quarter quarter = lastYear.quarterOf(march);
        long s7 = schoolOf("s7.methodologist");
        callers().signIn(DISTRICT);
        DistrictFigures before = dashboard().district(lastYear.startYear(), quarter);

        callers().signIn("s7.methodologist");
        PlanItemForm item = plans().newItem(lastYear.startYear());
        item.setTitle("Педсовет: итоги года (отмечено с опозданием)");
        item.setKind(PlanItemKind.SEMINAR);
        item.setTerm(YearMonth.from(march).toString());
        item.setResponsibleStaffId(db().staffIdOf("s7.methodologist"));
        item.setExpectedResult("Протокол");
        long id = plans().add(item);
        ExecutionForm held = plans().executionForm(id);
        held.setMark(ExecutionMark.HELD);
        held.setHeldOn(march);
        plans().execute(id, held);

        callers().signIn(DISTRICT);
        DistrictFigures after = dashboard().district(lastYear.startYear(), quarter);
        assertEquals(value(before, Indicator.PLAN_ITEMS_DUE, "", s7) + 1, value(after, Indicator.PLAN_ITEMS_DUE, "", s7),
                "last year's figures follow a change dated last year without waiting for a rebuild");
        assertEquals(value(before, Indicator.PLAN_ITEMS_HELD, "", s7) + 1,
                value(after, Indicator.PLAN_ITEMS_HELD, "", s7));
        rebuildCountsTheSame(lastYear.startYear(), quarter);
    }

    @Test
    default void aSharedMaterialDownloadedRatedAndFeaturedCountsForTheSchoolThatGaveAndTheOneThatTook() {
        LocalDate today = LocalDate.now(RUDNY);
        AcademicYear year = AcademicYear.of(today);
        Quarter quarter = year.quarterOf(today);
        long s12 = schoolOf("s12.t03");
        long giver = schoolOf("s7.methodologist");
        long materialId = db().number("SELECT MIN(m.ID) FROM MATERIAL m WHERE m.SCHOOL_ID = ? AND m.STATUS = 'PUBLISHED'"
                + " AND m.SHARE_STATE = 'NONE' AND EXISTS (SELECT 1 FROM MATERIAL_FILE f WHERE f.MATERIAL_ID = m.ID)",
                giver);
        callers().signIn(DISTRICT);
        DistrictFigures before = dashboard().district(year.startYear(), quarter);

        callers().signIn("s7.methodologist");
        long shareId = exchange().share(materialId);
        long fileId = db().number("SELECT MIN(ID) FROM DISTRICT_SHARE_FILE WHERE SHARE_ID = ?", shareId);
        callers().signIn(DISTRICT);
        assertEquals(value(before, Indicator.MATERIALS_SHARED, "", giver) + 1,
                value(dashboard().district(year.startYear(), quarter), Indicator.MATERIALS_SHARED, "", giver),
                "shared today");

        callers().signIn("s12.t03");
        exchange().download(fileId);
        feedback().rate(giver, materialId, 5);
        callers().signIn(DISTRICT);
        DistrictFigures taken = dashboard().district(year.startYear(), quarter);
        assertEquals(value(before, Indicator.SHARE_DOWNLOADS_RECEIVED, "", giver) + 1,
                value(taken, Indicator.SHARE_DOWNLOADS_RECEIVED, "", giver));
        assertEquals(value(before, Indicator.SHARE_DOWNLOADS_MADE, "", s12) + 1,
                value(taken, Indicator.SHARE_DOWNLOADS_MADE, "", s12));
        assertEquals(value(before, Indicator.SHARE_RATINGS_RECEIVED, "", giver) + 1,
                value(taken, Indicator.SHARE_RATINGS_RECEIVED, "", giver));
        assertEquals(value(before, Indicator.SHARE_RATINGS_HIGH, "", giver) + 1,
                value(taken, Indicator.SHARE_RATINGS_HIGH, "", giver));

        // Rated again, lower: still one rating, no longer a high one; featured by the district today.
        callers().signIn("s12.t03");
        feedback().rate(giver, materialId, 2);
        callers().signIn(DISTRICT);
        exchange().feature(shareId);
        DistrictFigures after = dashboard().district(year.startYear(), quarter);
        assertEquals(value(taken, Indicator.SHARE_RATINGS_RECEIVED, "", giver),
                value(after, Indicator.SHARE_RATINGS_RECEIVED, "", giver));
        assertEquals(value(before, Indicator.SHARE_RATINGS_HIGH, "", giver),
                value(after, Indicator.SHARE_RATINGS_HIGH, "", giver));
        assertEquals(value(before, Indicator.MATERIALS_FEATURED, "", giver) + 1,
                value(after, Indicator.MATERIALS_FEATURED, "", giver));
        assertEquals(value(before, Indicator.SHARE_DOWNLOADS_RECEIVED, "", s12),
                value(after, Indicator.SHARE_DOWNLOADS_RECEIVED, "", s12), "the taker received nothing");

        // A download in the giving school itself is no exchange.
        callers().signIn("s7.t01");
        exchange().download(fileId);
        callers().signIn(DISTRICT);
        assertEquals(value(after, Indicator.SHARE_DOWNLOADS_RECEIVED, "", giver),
                value(dashboard().district(year.startYear(), quarter), Indicator.SHARE_DOWNLOADS_RECEIVED, "", giver));
        rebuildCountsTheSame(year.startYear(), quarter);

        // Deleted by its school: no longer shared nor featured; the downloads other schools made stay counted.
        callers().signIn("s7.methodologist");
        materials().delete(materialId);
        callers().signIn(DISTRICT);
        DistrictFigures deleted = dashboard().district(year.startYear(), quarter);
        assertEquals(value(before, Indicator.MATERIALS_SHARED, "", giver),
                value(deleted, Indicator.MATERIALS_SHARED, "", giver));
        assertEquals(value(before, Indicator.MATERIALS_FEATURED, "", giver),
                value(deleted, Indicator.MATERIALS_FEATURED, "", giver));
        assertEquals(value(after, Indicator.SHARE_DOWNLOADS_RECEIVED, "", giver),
                value(deleted, Indicator.SHARE_DOWNLOADS_RECEIVED, "", giver));
        rebuildCountsTheSame(year.startYear(), quarter);
    }

    private void rebuildCountsTheSame(int year, Quarter quarter) {
        callers().signIn(DISTRICT);
        DistrictFigures kept = dashboard().district(year, quarter);
        callers().signIn(ADMIN);
        assertTrue(dashboard().rebuild(year) > 0);
        callers().signIn(DISTRICT);
        assertEquals(kept, dashboard().district(year, quarter), "the rebuild's figures equal the facts'");
    }

    private long schoolOf(String username) {
        return db().number("SELECT SCHOOL_ID FROM ACCOUNT WHERE USERNAME = ?", username);
    }

    private long registrationOf(long activityId, String username) {
        return db().number("SELECT r.ID FROM ACTIVITY_REGISTRATION r JOIN ACCOUNT a ON a.ID = r.ACCOUNT_ID"
                + " WHERE r.ACTIVITY_ID = ? AND a.USERNAME = ?", activityId, username);
    }

    private static long valueAt(DistrictFigures table, FigureLine line, int column) {
        return table.lines().stream().filter(l -> l.indicator() == line.indicator() && l.key().equals(line.key()))
                .mapToLong(l -> l.values().get(column)).sum();
    }

    private static long value(DistrictFigures table, Indicator indicator, String key, long school) {
        int column = table.schools().indexOf(table.schools().stream().filter(s -> s.id() == school).findFirst()
                .orElseThrow());
        return table.lines().stream().filter(l -> l.indicator() == indicator && l.key().equals(key))
                .mapToLong(l -> l.values().get(column)).sum();
    }
}
