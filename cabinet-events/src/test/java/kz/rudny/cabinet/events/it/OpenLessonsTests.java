package kz.rudny.cabinet.events.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.it.support.Callers;
import kz.rudny.cabinet.domain.it.support.TestDatabase;
import kz.rudny.cabinet.domain.lessonanalysis.boundary.AnalysisTemplateForm;
import kz.rudny.cabinet.domain.lessonanalysis.boundary.AnalysisTemplates;
import kz.rudny.cabinet.domain.lessonanalysis.boundary.TemplateView;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.people.boundary.Profile;
import kz.rudny.cabinet.events.activities.boundary.Activities;
import kz.rudny.cabinet.events.activities.boundary.ActivityForm;
import kz.rudny.cabinet.events.activities.boundary.ActivityKind;
import kz.rudny.cabinet.events.activities.boundary.ActivityLevel;
import kz.rudny.cabinet.events.activities.boundary.Audience;
import kz.rudny.cabinet.events.activities.boundary.ObservationForm;
import kz.rudny.cabinet.events.activities.boundary.ObservationStatus;
import kz.rudny.cabinet.events.activities.boundary.ObservationView;
import kz.rudny.cabinet.events.activities.boundary.Observations;
import kz.rudny.cabinet.events.activities.boundary.OpenLessonForm;
import kz.rudny.cabinet.events.activities.boundary.OpenLessonView;
import kz.rudny.cabinet.events.activities.boundary.OpenLessons;
import kz.rudny.cabinet.events.activities.boundary.Registrations;
import kz.rudny.cabinet.domain.people.boundary.TeacherWorks;
import org.junit.jupiter.api.Test;

/**
 * Open lessons and their observations on a real server and database, as the demo schools' people: the demo
 * templates in both languages; the methodologist's bad template refused by the field, nothing stored; an observer
 * registered for a lesson open to the town fills one observation from a template of their own school, marks 1..5,
 * and submits it (then it is locked); the teacher of the organising school reads it and writes the summary; a
 * third school sees nothing; the printout. Each test makes its own lessons, days ahead.
 */
interface OpenLessonsTests {

    String ORGANISER = "s12.methodologist";
    String LESSON_TEACHER = "s12.teacher";
    String COLLEAGUE = "s12.young";
    String OBSERVER = "g3.teacher";
    String THIRD = "s7.teacher";
    ZoneId RUDNY = ZoneId.of("Asia/Qostanay");

    Callers callers();

    TestDatabase db();

    Activities activities();

    Registrations registrations();

    OpenLessons openLessons();

    Observations observations();

    AnalysisTemplates templates();

    Profile profile();

    TeacherWorks teacherWorks();

    @Test
    default void everySchoolHasTheDemoTemplatesInKazakhAndRussian() {
        for (String person : List.of(OBSERVER, LESSON_TEACHER, THIRD)) {
            callers().signIn(person);
            List<TemplateView> all = templates().all();
            TemplateView kk = all.stream().filter(t -> t.name().equals("Сабақты талдау үлгісі")).findFirst()
                    .orElseThrow(() -> new AssertionError(person + ": " + all));
            TemplateView ru = all.stream().filter(t -> t.name().equals("Схема анализа урока")).findFirst()
                    .orElseThrow(() -> new AssertionError(person + ": " + all));
            assertEquals("kk", kk.language());
            assertEquals("ru", ru.language());
            assertEquals(7, kk.sections().size());
            assertEquals("Критериалды бағалау", kk.sections().get(4).title());
            assertTrue(ru.sections().stream().allMatch(s -> s.criteria().size() >= 2 && s.criteria().size() <= 4));
        }
        assertEquals(6, db().number("SELECT COUNT(*) FROM ANALYSIS_TEMPLATE WHERE NAME IN (?, ?)",
                "Сабақты талдау үлгісі", "Схема анализа урока"), "two in each of the three schools");
    }

    @Test
    default void theMethodologistsBadTemplateIsRefusedByTheFieldAndNothingIsStored() {
        callers().signIn("g3.methodologist");
        long before = db().number("SELECT COUNT(*) FROM ANALYSIS_TEMPLATE");
        AnalysisTemplateForm noName = template(null, 2);
        assertRefused("name", "field.required", () -> templates().save(null, noName));
        AnalysisTemplateForm emptySection = template("Бос бөлім", 2);
        emptySection.getSections().get(1).setCriteria("  \n ");
        emptySection.getSections().get(1).setTitle("Бос");
        assertRefused("sections[1].criteria", "analysis.noCriteria", () -> templates().save(null, emptySection));
        AnalysisTemplateForm tooMany = template("Көп", 16);
        assertRefused("sections", "analysis.tooManySections", () -> templates().save(null, tooMany));
        AnalysisTemplateForm longCriterion = template("Ұзын", 1);
        longCriterion.getSections().get(0).setCriteria("қ".repeat(501));
        assertRefused("sections[0].criteria", "analysis.criterionTooLong", () -> templates().save(null, longCriterion));
        assertEquals(before, db().number("SELECT COUNT(*) FROM ANALYSIS_TEMPLATE"), "nothing stored");

        long id = templates().save(null, template("Математика сабағын талдау", 3));
        AnalysisTemplateForm again = templates().form(id);
        assertEquals(3, again.getSections().size());
        again.getSections().remove(2);
        templates().save(id, again);
        assertEquals(2, templates().view(id).sections().size());
        assertEquals(4, db().number("SELECT COUNT(*) FROM ANALYSIS_TEMPLATE_ITEM WHERE TEMPLATE_ID = ?", id));
        callers().signIn(THIRD);
        assertThrows(NotFoundException.class, () -> templates().view(id), "another school's template");
    }

    @Test
    default void aRegisteredObserverFillsOneObservationFromTheirOwnTemplateAndSubmitsIt() {
        long lesson = lesson("Ашық сабақ: бөлшектер", 70);
        callers().signIn(THIRD);
        assertRefused("activity", "observation.notRegistered",
                () -> observations().start(lesson, ownTemplate("kk")));

        callers().signIn(OBSERVER);
        registrations().register(lesson);
        OpenLessonView seen = openLessons().view(lesson);
        assertTrue(seen.mayObserve());
        assertEquals("6 А", seen.className());
        assertFalse(seen.readsAll());
        long template = ownTemplate("kk");
        long id = observations().start(lesson, template);
        assertRefused("activity", "observation.already", () -> observations().start(lesson, template));
        assertRefused("observation", "observation.noMarks", () -> observations().submit(id));
        assertEquals(ObservationStatus.DRAFT, observations().view(id).status(), "not submitted without a mark");
        ObservationForm form = observations().form(id);
        assertEquals(observations().view(id).items().size(), form.getLines().size());
        form.getLines().get(0).setMark(0);
        form.getLines().get(1).setMark(6);
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> observations().save(id, form));
        assertEquals(List.of("lines[0].mark", "lines[1].mark"),
                bad.problems().stream().map(InvalidInputException.Problem::field).toList());
        assertEquals("observation.markRange", bad.problems().get(0).messageKey());
        form.getLines().get(0).setMark(5);
        form.getLines().get(0).setComment("Мақсаттар анық айтылды");
        form.getLines().get(1).setMark(4);
        form.setRecommendations("Жұптық жұмысқа көбірек уақыт беру");
        observations().save(id, form);
        ObservationView draft = observations().view(id);
        assertEquals(ObservationStatus.DRAFT, draft.status());
        assertEquals(5, draft.items().get(0).mark());
        assertEquals("Сабақты талдау үлгісі", draft.templateName());

        callers().signIn(LESSON_TEACHER);
        assertTrue(observations().ofLesson(lesson).isEmpty(), "a draft is the observer's alone");
        assertThrows(NotFoundException.class, () -> observations().view(id));

        callers().signIn(OBSERVER);
        observations().submit(id);
        assertRefused("observation", "observation.submitted", () -> observations().save(id, form));
        assertRefused("observation", "observation.submitted", () -> observations().submit(id));
        assertEquals(ObservationStatus.SUBMITTED, observations().mine(lesson).orElseThrow().status());
    }

    @Test
    default void theTeacherOfTheOrganisingSchoolReadsAnotherSchoolsObservationAndAThirdSchoolNothing() {
        long lesson = lesson("Открытый урок: дроби", 71);
        callers().signIn(OBSERVER);
        registrations().register(lesson);
        long id = observations().start(lesson, ownTemplate("kk"));
        ObservationForm form = observations().form(id);
        form.getLines().forEach(l -> l.setMark(4));
        form.getLines().get(0).setComment("Критерийлер алдын ала таныстырылды");
        observations().save(id, form);
        observations().submit(id);

        callers().signIn(LESSON_TEACHER);
        OpenLessonView asTeacher = openLessons().view(lesson);
        assertTrue(asTeacher.readsAll());
        List<ObservationView> all = observations().ofLesson(lesson);
        assertEquals(1, all.size());
        assertTrue(all.get(0).observerSchool().contains("№3"), all.get(0).observerSchool());
        assertEquals("Критерийлер алдын ала таныстырылды", observations().view(id).items().get(0).comment());
        assertRefused("summary", "field.required", () -> observations().writeSummary(lesson, " "));
        observations().writeSummary(lesson, "Мақсаттарға қол жеткізілді, саралау жеткіліксіз болды.");

        callers().signIn(ORGANISER);
        assertEquals("Мақсаттарға қол жеткізілді, саралау жеткіліксіз болды.", observations().summary(lesson));
        assertEquals(1, observations().ofLesson(lesson).size());
        byte[] pdf = observations().lessonPdf(lesson, Language.KK);
        assertTrue(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF"));
        assertTrue(observations().pdf(id, Language.RU).length > 1000);

        callers().signIn(COLLEAGUE);
        assertThrows(NotFoundException.class, () -> observations().ofLesson(lesson), "not the teacher");
        assertThrows(NotFoundException.class, () -> observations().view(id));

        callers().signIn(THIRD);
        assertFalse(openLessons().view(lesson).readsAll(), "the lesson is open to the town");
        assertThrows(NotFoundException.class, () -> observations().view(id), "a third school's person");
        assertThrows(NotFoundException.class, () -> observations().ofLesson(lesson));
        assertThrows(NotFoundException.class, () -> observations().pdf(id, Language.KK));
        assertEquals(1, db().number("SELECT COUNT(*) FROM LESSON_OBSERVATION WHERE ID = ?", id), "it exists");
    }

    @Test
    default void theDemoHeldOpenLessonHasTwoSubmittedObservationsAndTheSummary() {
        Object demo = db().column("SELECT o.ACTIVITY_ID FROM OPEN_LESSON o JOIN ACTIVITY a ON a.ID = o.ACTIVITY_ID"
                + " WHERE a.STATUS = 'HELD' AND a.KIND = 'OPEN_LESSON' AND a.OWNER_NAME = 'Средняя школа №12'").get(0);
        long lesson = ((Number) demo).longValue();
        callers().signIn(LESSON_TEACHER);
        List<ObservationView> all = observations().ofLesson(lesson);
        assertEquals(2, all.size());
        assertTrue(all.stream().allMatch(o -> o.templateName().equals("Схема анализа урока")), all.toString());
        assertTrue(observations().summary(lesson).startsWith("Цели урока"));

        // The lesson counts in its teacher's work (the mentor's report reads it) on its day, in its school only.
        long teacher = db().number("SELECT TEACHER_STAFF_ID FROM OPEN_LESSON WHERE ACTIVITY_ID = ?", lesson);
        LocalDate day = ((java.sql.Timestamp) db().column("SELECT STARTS_AT FROM ACTIVITY WHERE ID = ?", lesson).get(0))
                .toLocalDateTime().toLocalDate();
        long account = db().number("SELECT ACCOUNT_ID FROM STAFF_MEMBER WHERE ID = ?", teacher);
        long heldThatDay = db().number("SELECT COUNT(*) FROM OPEN_LESSON o JOIN ACTIVITY a ON a.ID = o.ACTIVITY_ID"
                + " WHERE o.TEACHER_STAFF_ID = ? AND a.STATUS = 'HELD' AND a.STARTS_AT >= ? AND a.STARTS_AT < ?",
                teacher, java.sql.Timestamp.valueOf(day.atStartOfDay()),
                java.sql.Timestamp.valueOf(day.plusDays(1).atStartOfDay()));
        assertTrue(heldThatDay >= 1);
        assertEquals(heldThatDay, teacherWorks().of(teacher, account, day, day).openLessonsGiven());
        assertEquals(0, teacherWorks().of(teacher, account, day.plusDays(1), day.plusDays(1)).openLessonsGiven(),
                "not on another day");
        callers().signIn(THIRD);
        assertEquals(0, teacherWorks().of(teacher, account, day, day).openLessonsGiven(), "not in another school");
    }

    /** An open lesson of s12 open to the town, {@code daysAhead}, published and described (s12's teacher, 6 А). */
    private long lesson(String title, int daysAhead) {
        callers().signIn(LESSON_TEACHER);
        long teacher = profile().staffId().orElseThrow();
        callers().signIn(ORGANISER);
        ActivityForm f = new ActivityForm();
        f.setKind(ActivityKind.OPEN_LESSON);
        f.setLevel(ActivityLevel.TOWN);
        f.setAudience(Audience.TOWN);
        f.setTitleRu(title);
        LocalDateTime start = LocalDate.now(RUDNY).plusDays(daysAhead).atTime(10, 0);
        f.setStartsAt(start);
        f.setEndsAt(start.plusMinutes(45));
        f.setPlace("Кабинет 21");
        f.setCapacity(10);
        f.setRegistrationOpensAt(LocalDateTime.now(RUDNY).minusHours(1));
        f.setRegistrationClosesAt(start);
        long id = activities().create(f);
        activities().publish(id);
        OpenLessonForm details = new OpenLessonForm();
        details.setTeacherStaffId(teacher);
        details.setClassName("6 А");
        details.setSubject("Математика");
        details.setTopic(title);
        details.setGoals("Сложение дробей с разными знаменателями");
        assertRefused("className", "field.required", () -> {
            OpenLessonForm empty = new OpenLessonForm();
            empty.setTeacherStaffId(teacher);
            empty.setSubject("Математика");
            empty.setTopic(title);
            openLessons().describe(id, empty);
        });
        openLessons().describe(id, details);
        return id;
    }

    private long ownTemplate(String language) {
        String demo = language.equals("kk") ? "Сабақты талдау үлгісі" : "Схема анализа урока";
        return templates().all().stream().filter(t -> t.name().equals(demo)).findFirst().orElseThrow().id();
    }

    private static AnalysisTemplateForm template(String name, int sections) {
        AnalysisTemplateForm f = new AnalysisTemplateForm();
        f.setName(name);
        f.setLanguage("kk");
        for (int i = 0; i < sections; i++) {
            f.getSections().add(new AnalysisTemplateForm.Section("Бөлім " + (i + 1), List.of("Бірінші", "Екінші")));
        }
        return f;
    }

    private static void assertRefused(String field, String key, Runnable action) {
        InvalidInputException e = assertThrows(InvalidInputException.class, action::run);
        assertEquals(field, e.problems().get(0).field(), e.problems().toString());
        assertEquals(key, e.problems().get(0).messageKey());
    }
}
