package kz.rudny.cabinet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An open lesson observed by two colleagues with the Russian analysis form: the methodologist of the
 * Russian-language school makes an open lesson open to the town and describes it (bad input first: the messages
 * by the fields, what was typed kept); a teacher of the school and one of the gymnasium register, each starts an
 * observation from their school's «Схема анализа урока», fills marks, comments and recommendations (a mark outside
 * 1..5 is refused by its field, the rest kept), saves the draft and submits it, after which it is read only; the
 * lesson's teacher reads both, writes the summary (self-analysis) and prints one observation and all of them in
 * Russian. A teacher of the third school may print neither.
 */
class OpenLessonJourneyIT {

    private static final ZoneId RUDNY = ZoneId.of("Asia/Qostanay");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final String TEMPLATE = "Схема анализа урока";
    private static final String TEACHER = "Лебедев Андрей Викторович"; // s12.t02
    private static final String S12_OBSERVER = "Кузнецова Ольга Сергеевна"; // s12.teacher
    private static final String G3_OBSERVER = "Қасымова Әйгерім Нұрланқызы"; // g3.teacher

    @Test
    void anOpenLessonIsObservedByTwoColleaguesWithTheRussianFormSummarisedByItsTeacherAndPrinted() throws Exception {
        String topic = "Сложноподчинённое предложение " + (System.currentTimeMillis() % 100000);
        LocalDateTime now = LocalDateTime.now(RUDNY).withSecond(0).withNano(0);
        // Observing needs a place at the lesson, not its start (Observations.start): the lesson is an hour away.
        LocalDateTime start = now.plusMinutes(60);
        String eventPath;
        long id;
        try (Browser organiser = new Browser()) {
            organiser.signIn("s12.methodologist");
            organiser.open("/events/activities.xhtml");
            organiser.clickAndWait("activities:create");
            organiser.selectByText("activity:kind_input", "Открытый урок");
            organiser.selectByText("activity:audience_input", "Открыто для школ города");
            organiser.type("activity:titleRu", "Открытый урок: " + topic);
            organiser.setValue("activity:startsAt", LOCAL.format(start));
            organiser.setValue("activity:endsAt", LOCAL.format(start.plusMinutes(45)));
            organiser.setValue("activity:registrationOpensAt", LOCAL.format(now.minusMinutes(1)));
            organiser.setValue("activity:registrationClosesAt", LOCAL.format(start));
            organiser.type("activity:place", "Кабинет 14");
            organiser.type("activity:capacity", "5");
            organiser.clickAndWait("activity:save");
            assertTrue(organiser.pageText().contains("Мероприятие сохранено как черновик"), organiser.pageText());
            eventPath = organiser.driver.getCurrentUrl().replaceFirst("^.*(/events/activity\\.xhtml\\?id=\\d+).*$", "$1");
            assertTrue(eventPath.startsWith("/events/activity.xhtml?id="), eventPath);
            id = Long.parseLong(eventPath.replaceFirst("^.*id=", ""));
            organiser.clickAndWait("organising:publish");
            assertTrue(organiser.pageText().contains("Мероприятие опубликовано"), organiser.pageText());

            // The event's page leads to the lesson's page, not yet described.
            organiser.driver.findElement(By.cssSelector("#lessonLink a")).click();
            organiser.waitFor().until(d -> d.getCurrentUrl().contains("/events/open-lesson.xhtml?id=" + id));
            assertTrue(organiser.pageText().contains("Организатор ещё не описал урок."), organiser.pageText());

            // Bad input: the teacher and the class chosen, the subject and topic left out.
            organiser.selectByText("details:teacherStaffId_input", TEACHER);
            organiser.type("details:className", "8 А");
            organiser.type("details:goals", "Находить главное и придаточное предложения.");
            organiser.clickAndWait("details:describe");
            assertTrue(field(organiser, "details:subject").contains("Заполните это поле."), field(organiser, "details:subject"));
            assertTrue(field(organiser, "details:topic").contains("Заполните это поле."), field(organiser, "details:topic"));
            assertFalse(field(organiser, "details:className").contains("Заполните это поле."),
                    field(organiser, "details:className"));
            assertEquals("8 А", organiser.find("details:className").getAttribute("value"), "what was typed stays");
            assertEquals("Находить главное и придаточное предложения.",
                    organiser.find("details:goals").getAttribute("value"), "what was typed stays");
            assertTrue(selectedText(organiser, "details:teacherStaffId_input").contains(TEACHER), "the teacher stays");
            organiser.screenshot("open-lesson-details-bad-input-ru");
            organiser.assertAccessible("the open lesson's details with messages");

            organiser.type("details:subject", "Русский язык");
            organiser.type("details:topic", topic);
            organiser.clickAndWait("details:describe");
            assertTrue(organiser.pageText().contains("Сведения об уроке сохранены."), organiser.pageText());
            assertEquals(TEACHER, organiser.textOf("teacher"));
            assertEquals("8 А", organiser.textOf("className"));
            assertEquals(topic, organiser.textOf("topic"));
            assertTrue(organiser.textOf("observations").contains("Сданных анализов пока нет."),
                    organiser.textOf("observations"));
            organiser.screenshot("open-lesson-described-ru");
        }
        String lessonPath = "/events/open-lesson.xhtml?id=" + id;

        // Two colleagues, of the school and of the gymnasium, each fill the Russian form.
        long first = observe("s12.teacher", eventPath, lessonPath, 5, "Хорошо организована работа в парах.",
                "Больше времени отводить на самопроверку.", true);
        long second = observe("g3.teacher", eventPath, lessonPath, 4, "Вопросы развивают мышление.",
                "Использовать опорные схемы для слабых учеников.", false);

        // The lesson's teacher reads both, writes the summary (bad input first) and prints.
        try (Browser teacher = new Browser()) {
            teacher.signIn("s12.t02");
            teacher.open(lessonPath);
            String list = teacher.textOf("observations");
            assertTrue(list.contains(S12_OBSERVER) && list.contains(G3_OBSERVER), "both observations: " + list);
            assertEquals(List.of(first, second).stream().sorted().toList(), teacher.all(By.cssSelector(
                    "#observations a[href*='observation.xhtml?id=']")).stream().map(a -> Long.parseLong(
                    a.getAttribute("href").replaceFirst("^.*id=(\\d+).*$", "$1"))).sorted().toList());
            teacher.screenshot("open-lesson-teacher-reads-ru");
            teacher.assertAccessible("the open lesson for its teacher");

            teacher.clickAndWait("summaryForm:saveSummary");
            assertTrue(field(teacher, "summaryForm:summary").contains("Заполните это поле."),
                    field(teacher, "summaryForm:summary"));
            String summary = "Цели урока достигнуты; на следующем уроке больше времени на самопроверку.";
            teacher.type("summaryForm:summary", summary);
            teacher.clickAndWait("summaryForm:saveSummary");
            assertTrue(teacher.pageText().contains("Итог сохранён."), teacher.pageText());
            assertEquals(summary, teacher.find("summaryForm:summary").getAttribute("value"));

            teacher.open("/events/observation.xhtml?id=" + second);
            assertTrue(teacher.all(By.id("observation:save")).isEmpty(), "read only for the teacher");
            assertEquals("Использовать опорные схемы для слабых учеников.", teacher.textOf("recommendationsText"));
            assertTrue(teacher.textOf("readOnly").contains("Цели урока и их достижение")
                    && teacher.textOf("readOnly").contains("Вопросы развивают мышление."), teacher.textOf("readOnly"));
            teacher.screenshot("observation-read-by-teacher-ru");

            String one = pdfText(teacher, "/events/observation/print?id=" + second + "&lang=ru");
            assertTrue(one.contains("Посещение и анализ урока") && one.contains(G3_OBSERVER) && one.contains(topic)
                    && one.contains("Использовать опорные схемы для слабых учеников."), one);
            assertFalse(one.contains(S12_OBSERVER), "one observation only: " + one);
            String all = pdfText(teacher, "/events/open-lesson/print?id=" + id + "&lang=ru");
            assertTrue(all.contains("Посещение и анализ урока") && all.contains(S12_OBSERVER)
                    && all.contains(G3_OBSERVER) && all.contains("Самоанализ учителя"), all);
            assertTrue(all.replaceAll("\\s+", " ").contains("на следующем уроке больше времени"), "the summary: " + all);
        }

        // The organiser reads them too; a teacher of the third school prints neither.
        WebSession organiser = WebSession.signedIn("s12.methodologist");
        assertEquals(200, organiser.get("/events/open-lesson/print?id=" + id + "&lang=ru").status());
        WebSession stranger = WebSession.signedIn("s7.teacher");
        assertEquals(404, stranger.get("/events/observation/print?id=" + first + "&lang=ru").status());
        assertEquals(404, stranger.get("/events/open-lesson/print?id=" + id + "&lang=ru").status());
        assertEquals(404, stranger.get("/events/observation.xhtml?id=" + second).status());
    }

    /**
     * Registers the person for the lesson, starts their observation from the Russian template and fills it: the
     * marks from {@code best} down, a comment on the first criterion, recommendations; saves the draft, reads it
     * back, submits it. With {@code badInputFirst}, a forged mark is refused first. Answers its id.
     */
    private static long observe(String username, String eventPath, String lessonPath, int best, String comment,
                                String recommendations, boolean badInputFirst) {
        try (Browser b = new Browser()) {
            b.signIn(username);
            b.open(lessonPath);
            assertTrue(b.all(By.id("observe")).isEmpty(), "no observation before registering: " + b.pageText());
            b.open(eventPath);
            b.clickAndWait("registering:register");
            assertEquals(1, b.all(By.id("registering:cancelRegistration")).size(), "registered: " + b.pageText());

            b.open(lessonPath);
            assertTrue(b.all(By.id("observations")).isEmpty(), "an observer does not read the others' observations");
            b.selectByText("observe:templateId_input", TEMPLATE);
            b.clickAndWait("observe:start");
            assertTrue(b.driver.getCurrentUrl().contains("/events/observation.xhtml?id="), b.driver.getCurrentUrl());
            long id = Long.parseLong(b.driver.getCurrentUrl().replaceFirst("^.*id=(\\d+).*$", "$1"));
            String form = b.textOf("observation");
            assertTrue(form.contains("Цели урока и их достижение") && form.contains("Урок начат и закончен вовремя"),
                    "the Russian criteria: " + form);
            int lines = b.all(By.cssSelector("select[id$=':mark_input']")).size();
            assertTrue(lines >= 10, "the template's criteria, one mark each: " + lines);

            for (int i = 0; i < lines - 1; i++) { // the last criterion left without a mark
                b.selectByText("observation:lines:" + i + ":mark_input", String.valueOf(Math.max(3, best - i % 3)));
            }
            b.type("observation:lines:0:comment", comment);
            b.type("observation:recommendations", recommendations);
            if (badInputFirst) {
                // A mark outside 1..5 (an option the page does not offer, forged into the select) is refused by its
                // field; the page refuses nothing else (a criterion may stay without a mark, also on submitting).
                b.driver.executeScript("var s = document.getElementById(arguments[0]); var o = document"
                        + ".createElement('option'); o.value = '7'; o.text = '7'; s.add(o); s.value = '7';",
                        "observation:lines:1:mark_input");
                b.clickAndWait("observation:save");
                String message = field(b, "observation:lines:1:mark_input");
                assertTrue(message.contains("Выберите одно из предложенных значений."), message + " / " + b.pageText());
                assertFalse(b.pageText().contains("Черновик сохранён."), b.pageText());
                assertEquals(String.valueOf(best), b.find("observation:lines:0:mark_input").getAttribute("value"),
                        "the marks stay");
                assertEquals(comment, b.find("observation:lines:0:comment").getAttribute("value"), "the comment stays");
                assertEquals(recommendations, b.find("observation:recommendations").getAttribute("value"));
                b.screenshot("observation-bad-input-ru");
                b.assertAccessible("an observation with a message");
                b.selectByText("observation:lines:1:mark_input", String.valueOf(Math.max(3, best - 1)));
                // A comment pushed past the field's maxlength (2000) by a script: no more than 2000 characters stored.
                b.setValue("observation:lines:1:comment", "о".repeat(2001));
            }
            b.clickAndWait("observation:save");
            assertTrue(b.pageText().contains("Черновик сохранён.") || b.pageText().contains("Жоба сақталды"),
                    b.pageText());

            b.open("/events/observation.xhtml?id=" + id); // the draft, read back
            assertEquals(String.valueOf(best), b.find("observation:lines:0:mark_input").getAttribute("value"));
            assertEquals("", b.driver.findElement(By.id("observation:lines:" + (lines - 1) + ":mark_input"))
                    .getAttribute("value"), "no mark where none was chosen");
            assertEquals(comment, b.find("observation:lines:0:comment").getAttribute("value"));
            assertTrue(b.find("observation:lines:1:comment").getAttribute("value").length() <= 2000,
                    "nothing past the limit is stored");
            assertEquals(recommendations, b.find("observation:recommendations").getAttribute("value"));
            b.screenshot("observation-draft-" + username);
            b.assertAccessible("an observation's draft");

            b.clickAndWait("observation:submit");
            assertTrue(b.pageText().contains("Анализ сдан.") || b.pageText().contains("Талдау тапсырылды."),
                    b.pageText());
            assertTrue(b.all(By.id("observation:save")).isEmpty() && b.all(By.id("observation:submit")).isEmpty(),
                    "locked once submitted: " + b.pageText());
            assertEquals(recommendations, b.textOf("recommendationsText"));
            b.open("/events/observation.xhtml?id=" + id);
            assertTrue(b.all(By.id("observation")).isEmpty(), "still locked");
            b.open(lessonPath);
            assertEquals(1, b.all(By.id("observe:myObservation")).size(), "the lesson leads to the one observation");
            assertTrue(b.all(By.id("observe:start")).isEmpty(), "no second observation");
            b.screenshot("observation-submitted-" + username);
            return id;
        }
    }

    /** The text of the field's block: its label, and the message the page put by it. */
    private static String field(Browser b, String inputId) {
        return b.driver.findElement(By.xpath("//*[@id='" + inputId + "']/ancestor::div[contains(@class,'field')][1]"))
                .getText().replaceAll("\\s+", " ");
    }

    private static String selectedText(Browser b, String selectId) {
        return String.valueOf(b.driver.executeScript(
                "var s = document.getElementById(arguments[0]); return s.options[s.selectedIndex].text;", selectId));
    }

    private static String pdfText(Browser b, String path) throws Exception {
        HttpResponse<byte[]> pdf = b.download(path);
        assertEquals(200, pdf.statusCode(), path);
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"), path);
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII), path);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
