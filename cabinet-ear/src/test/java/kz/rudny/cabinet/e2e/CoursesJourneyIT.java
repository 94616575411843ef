package kz.rudny.cabinet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The three-year rule in the Russian school, through the browser: the methodologist sees «Попов Дмитрий Олегович»
 * (s12.t05, whose last course the demo ended more than three years ago) among the overdue; he submits the course form
 * empty (a message by each required field, in Russian), then records a course with its certificate's scan and
 * changes its hours (the title cleared first: the message by it, the hours kept); the methodologist confirms it, and the overdue list is one shorter and no longer names him; his own page says he is no
 * longer overdue and the confirmed course can no longer be removed. Another school's methodologist cannot fetch the
 * scan. Made for a fresh demo server (as every test run starts one): on a second run he is no longer overdue.
 */
class CoursesJourneyIT {

    private static final ZoneId RUDNY = ZoneId.of("Asia/Qostanay");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String TEACHER = "Попов Дмитрий Олегович"; // s12.t05
    private static final String REQUIRED = "Заполните это поле.";
    private static final String OVERDUE = "//section[@aria-labelledby='due-OVERDUE']";

    @Test
    void aCourseWithItsScanConfirmedTakesTheTeacherOffTheOverdueList() throws Exception {
        String run = String.valueOf(System.currentTimeMillis() % 100000);
        String title = "Обновлённое содержание физической культуры " + run;
        LocalDate today = LocalDate.now(RUDNY);
        int overdueBefore;
        try (Browser methodologist = new Browser()) {
            methodologist.signIn("s12.methodologist");
            methodologist.open("/mentoring/school-courses.xhtml");
            overdueBefore = methodologist.all(By.xpath(OVERDUE + "//tbody/tr")).size();
            assertTrue(overdueText(methodologist).contains(TEACHER), "the demo's overdue teacher: " + overdueText(methodologist));
            assertTrue(methodologist.textOf("due-OVERDUE").contains("(" + overdueBefore + ")"), methodologist.textOf("due-OVERDUE"));
            methodologist.screenshot("courses-school-overdue-ru");
            methodologist.assertAccessible("the school's courses");
        }

        long courseId;
        try (Browser teacher = new Browser()) {
            teacher.signIn("s12.t05");
            teacher.open("/mentoring/courses.xhtml");
            assertTrue(teacher.textOf("standing").contains("Просрочено"), teacher.textOf("standing"));

            // Submitted empty: a message by each required field, in Russian; nothing stored.
            int rows = teacher.all(By.cssSelector("[id='myCourses:rows'] tbody tr[data-ri]")).size();
            teacher.clickAndWait("recording:record");
            for (String f : List.of("recording:title", "recording:provider", "recording:kind_input",
                    "recording:hours_input", "recording:startsOn_input", "recording:endsOn_input")) {
                assertTrue(teacher.fieldText(f).contains(REQUIRED), f + ": " + teacher.fieldText(f));
            }
            assertEquals(rows, teacher.all(By.cssSelector("[id='myCourses:rows'] tbody tr[data-ri]")).size(), "nothing stored");
            teacher.screenshot("courses-record-empty-ru");
            teacher.assertAccessible("the course form with messages");

            // The end before the start: refused by the end's field, what was typed kept.
            teacher.type("recording:title", title);
            teacher.type("recording:provider", "АО «НЦПК «Өрлеу»");
            teacher.selectByText("recording:kind_input", "Предметные");
            teacher.type("recording:hours_input", "72");
            teacher.setValue("recording:startsOn_input", today.minusDays(10).format(DAY));
            teacher.setValue("recording:endsOn_input", today.minusDays(20).format(DAY));
            teacher.type("recording:certificateNumber", "ПК-" + run);
            teacher.clickAndWait("recording:record");
            assertFalse(teacher.fieldText("recording:endsOn_input").isBlank());
            assertFalse(teacher.pageText().contains("Курс внесён."), teacher.pageText());
            assertEquals(title, teacher.find("recording:title").getAttribute("value"), "the title stays");
            assertEquals("72", teacher.find("recording:hours_input").getAttribute("value"), "the hours stay");
            teacher.screenshot("courses-record-dates-ru");

            teacher.setValue("recording:startsOn_input", today.minusDays(20).format(DAY));
            teacher.setValue("recording:endsOn_input", today.minusDays(10).format(DAY));
            teacher.driver.findElement(By.id("recording:file"))
                    .sendKeys(Browser.onePagePdf("сертификат-").toAbsolutePath().toString());
            teacher.clickAndWait("recording:record");
            assertTrue(teacher.pageText().contains("Курс внесён."), teacher.pageText());
            WebElement row = courseRow(teacher, "myCourses:rows", title);
            assertTrue(row.getText().contains("Ожидает") || row.getText().contains("ожида"), row.getText());
            String href = row.findElement(By.cssSelector("a[href*='course-certificate?id=']")).getAttribute("href");
            courseId = Long.parseLong(href.replaceFirst("^.*id=(\\d+).*$", "$1"));
            assertEquals(200, teacher.download("/mentoring/course-certificate?id=" + courseId).statusCode());
            teacher.screenshot("courses-recorded-ru");

            // Changed before it is confirmed: the title cleared first (the message by it, the hours typed kept).
            teacher.clickAndWait(row.findElement(By.cssSelector("button[id$=':edit']")).getAttribute("id"));
            assertEquals(title, teacher.find("recording:title").getAttribute("value"), "the form holds the course");
            WebElement hours = teacher.find("recording:hours_input");
            hours.sendKeys(Keys.chord(Keys.CONTROL, "a"), "80");
            teacher.find("recording:title").clear();
            teacher.clickAndWait("recording:record");
            assertTrue(teacher.fieldText("recording:title").contains(REQUIRED), teacher.fieldText("recording:title"));
            assertEquals("80", teacher.find("recording:hours_input").getAttribute("value"), "the hours stay");
            assertTrue(courseRow(teacher, "myCourses:rows", title).getText().contains("72"), "nothing stored yet");
            teacher.type("recording:title", title);
            teacher.clickAndWait("recording:record");
            assertTrue(teacher.pageText().contains("Курс изменён."), teacher.pageText());
            assertTrue(courseRow(teacher, "myCourses:rows", title).getText().contains("80"),
                    courseRow(teacher, "myCourses:rows", title).getText());
            teacher.screenshot("courses-changed-ru");
        }

        try (Browser methodologist = new Browser()) {
            methodologist.signIn("s12.methodologist");
            methodologist.open("/mentoring/school-courses.xhtml");
            WebElement row = courseRow(methodologist, "schoolCourses:rows", title);
            String confirm = row.findElement(By.cssSelector("button[id$=':confirm']")).getAttribute("id");
            methodologist.clickAndWait(confirm);
            assertTrue(methodologist.pageText().contains("Подтверждено: " + title), methodologist.pageText());
            int overdueAfter = methodologist.all(By.xpath(OVERDUE + "//tbody/tr")).size();
            assertEquals(overdueBefore - 1, overdueAfter, "one fewer overdue: " + overdueText(methodologist));
            assertFalse(overdueText(methodologist).contains(TEACHER), overdueText(methodologist));
            assertTrue(courseRow(methodologist, "schoolCourses:rows", title).getText().contains("Подтверждён"));
            methodologist.screenshot("courses-confirmed-ru");
            methodologist.assertAccessible("the school's courses after the confirmation");
        }

        try (Browser teacher = new Browser()) {
            teacher.signIn("s12.t05");
            teacher.open("/mentoring/courses.xhtml");
            assertFalse(teacher.textOf("standing").contains("Просрочено"), teacher.textOf("standing"));
            assertTrue(teacher.textOf("standing").contains(today.minusDays(10).format(DAY)), teacher.textOf("standing"));
            assertTrue(courseRow(teacher, "myCourses:rows", title).findElements(By.cssSelector("button")).isEmpty(),
                    "a confirmed course is locked");
            teacher.screenshot("courses-mine-confirmed-ru");
        }

        // Another school's methodologist: not the scan, not by its id.
        try (Browser other = new Browser()) {
            other.signIn("g3.methodologist");
            assertEquals(404, other.download("/mentoring/course-certificate?id=" + courseId).statusCode());
            other.open("/mentoring/school-courses.xhtml");
            assertFalse(other.pageText().contains(title), "not in another school's list");
        }
    }

    private static String overdueText(Browser b) {
        List<WebElement> section = b.all(By.xpath(OVERDUE));
        return section.isEmpty() ? "" : section.get(0).getText().replaceAll("\\s+", " ");
    }

    private static WebElement courseRow(Browser b, String tableId, String title) {
        return b.driver.findElement(By.xpath("//*[@id='" + tableId + "']//tr[td[contains(normalize-space(.),'" + title + "')]]"));
    }

}
