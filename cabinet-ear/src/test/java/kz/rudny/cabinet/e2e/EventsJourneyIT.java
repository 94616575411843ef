package kz.rudny.cabinet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A master class through the pages: the methodologist of the Russian-language school makes one open to the town
 * (bad input first: the messages by the fields, what was typed kept), with two places, starting in a few minutes;
 * teachers of the two other schools register, the last two go on the waiting list; one with a place cancels and the
 * first waiting is moved up and finds it in the inbox; once it has begun, the organiser takes attendance on a
 * phone-sized screen; an attendee rates it and downloads a Kazakh certificate whose code the public page confirms;
 * the absent one gets none.
 */
class EventsJourneyIT {

    private static final ZoneId RUDNY = ZoneId.of("Asia/Qostanay");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final Pattern CODE = Pattern.compile("\\b[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}\\b");

    @Test
    void aMasterClassOpenToTheTownFillsItsQueueMovesUpTakesAttendanceOnAPhoneAndCertifiesTheAttendee()
            throws Exception {
        String title = "Мастер-класс: приём «кластер» " + (System.currentTimeMillis() % 100000);
        LocalDateTime now = LocalDateTime.now(RUDNY).withSecond(0).withNano(0);
        LocalDateTime start = now.plusMinutes(5);
        String eventPath;
        try (Browser organiser = new Browser()) {
            organiser.signIn("s12.methodologist");
            organiser.open("/events/activities.xhtml");
            organiser.assertAccessible("events list");
            organiser.clickAndWait("activities:create");
            organiser.selectByText("activity:kind_input", "Мастер-класс");
            organiser.selectByText("activity:audience_input", "Открыто для школ города");
            organiser.setValue("activity:startsAt", LOCAL.format(start));
            organiser.setValue("activity:endsAt", LOCAL.format(start.minusMinutes(10)));
            organiser.setValue("activity:registrationOpensAt", LOCAL.format(now.minusMinutes(1)));
            organiser.setValue("activity:registrationClosesAt", LOCAL.format(start));
            organiser.type("activity:place", "Методический кабинет, 2 этаж");
            organiser.type("activity:capacity", "2");
            organiser.clickAndWait("activity:save");
            String refused = organiser.textOf("activity");
            assertTrue(refused.contains("Напишите название на казахском или русском языке"), refused);
            assertTrue(refused.contains("Окончание должно быть позже начала."), refused);
            assertEquals("Методический кабинет, 2 этаж", organiser.find("activity:place").getAttribute("value"),
                    "what was typed stays");
            organiser.screenshot("activity-form-bad-input-ru");
            organiser.assertAccessible("event form with messages");

            organiser.type("activity:titleRu", title);
            organiser.setValue("activity:endsAt", LOCAL.format(start.plusMinutes(45)));
            organiser.clickAndWait("activity:save");
            assertTrue(organiser.pageText().contains("Мероприятие сохранено как черновик"), organiser.pageText());
            eventPath = organiser.driver.getCurrentUrl().replaceFirst("^.*(/events/activity\\.xhtml\\?id=\\d+).*$", "$1");
            assertTrue(eventPath.startsWith("/events/activity.xhtml?id="), eventPath);
            organiser.clickAndWait("organising:publish");
            assertTrue(organiser.pageText().contains("Мероприятие опубликовано"), organiser.pageText());

            // Open to the town: the organiser links the district's copy of another school's shared lesson plan (national games).
            assertTrue(organiser.pageText().contains("прикрепляются только материалы, переданные в район"),
                    organiser.pageText());
            organiser.clickAndWait("linking:find");
            assertTrue(organiser.textOf("linking").contains("Заполните это поле"), "words are asked for: "
                    + organiser.textOf("linking"));
            organiser.type("linking:words", "национальные игры");
            organiser.clickAndWait("linking:find");
            List<WebElement> found = organiser.all(By.cssSelector("#candidates button"));
            assertFalse(found.isEmpty(), "the district's shared lesson plan is found: " + organiser.textOf("linking"));
            organiser.clickAndWait(found.get(0).getAttribute("id"));
            assertTrue(organiser.pageText().contains("Материал прикреплён к мероприятию."), organiser.pageText());
            assertTrue(organiser.all(By.cssSelector("#materials a[href*='/exchange/material.xhtml?id=']")).size() == 1,
                    organiser.textOf("eventMaterials"));
            organiser.screenshot("activity-library-material-ru");
            organiser.assertAccessible("event page with a library material");
        }
        long id = Long.parseLong(eventPath.replaceFirst("^.*id=", ""));

        // Teachers of the two other schools: two places, then the waiting list in the order they came.
        assertEquals("REGISTERED", register("g3.teacher", eventPath));
        assertEquals("REGISTERED", register("s7.teacher", eventPath));
        assertEquals("WAITING 1", register("g3.t02", eventPath));
        assertEquals("WAITING 2", register("s7.t02", eventPath));

        // A teacher of another school opens the linked material from the event's page.
        try (Browser reader = new Browser()) {
            reader.signIn("s7.t02");
            reader.open(eventPath);
            List<WebElement> links = reader.all(By.cssSelector("#materials a[href*='/exchange/material.xhtml?id=']"));
            assertEquals(1, links.size(), reader.pageText());
            assertTrue(reader.all(By.id("linking:find")).isEmpty(), "only the organiser and presenters link");
            String material = links.get(0).getText();
            reader.driver.get(links.get(0).getAttribute("href"));
            assertTrue(reader.pageText().contains(material), "the shared material opens: " + reader.pageText());
        }

        // One with a place cancels: the first waiting moves up at once and is told in the inbox.
        try (Browser leaving = new Browser()) {
            leaving.signIn("s7.teacher");
            leaving.open(eventPath);
            leaving.clickAndWait("registering:cancelRegistration");
            assertTrue(leaving.all(By.id("registering:register")).size() == 1, "may register again: " + leaving.pageText());
        }
        try (Browser movedUp = new Browser()) {
            movedUp.signIn("g3.t02");
            movedUp.open("/notifications.xhtml");
            assertTrue(movedUp.pageText().contains(title), "told in the inbox: " + movedUp.pageText());
            movedUp.screenshot("activity-moved-up-inbox-kk");
            movedUp.open(eventPath);
            assertEquals("REGISTERED", seat(movedUp));
        }

        // Once the master class has begun, the organiser takes attendance on a phone: g3's teacher came, t02 not.
        while (!LocalDateTime.now(RUDNY).isAfter(start.plusSeconds(2))) {
            Thread.sleep(2_000);
        }
        try (Browser phone = Browser.phone()) {
            phone.signIn("s12.methodologist");
            phone.open(eventPath);
            String list = phone.textOf("attendance");
            assertTrue(list.contains("Қасымова Әйгерім Нұрланқызы") && list.contains("Нұрғалиев Асқар Темірұлы")
                    && !list.contains("Тұрсынбаев"), "those with a place, of both schools: " + list);
            tick(phone, "Қасымова Әйгерім Нұрланқызы");
            phone.screenshot("activity-attendance-phone-ru");
            phone.assertAccessible("attendance on a phone");
            phone.clickAndWait("attendance:save");
            assertTrue(phone.pageText().contains("Присутствие сохранено"), phone.pageText());
            assertTrue(phone.textOf("status").contains("Проведено"), phone.textOf("status"));
        }

        // The attendee rates it and downloads a Kazakh certificate; the public page confirms its code.
        String code;
        try (Browser attendee = new Browser()) {
            attendee.signIn("g3.teacher");
            attendee.open(eventPath);
            attendee.driver.executeScript("document.getElementById('feedback:rating:0').click();");
            attendee.type("feedback:comment", "Кластер тәсілін 7-сыныпта қолданамын.");
            attendee.clickAndWait("feedback:send");
            assertTrue(attendee.pageText().contains("Рақмет"), attendee.pageText());
            assertTrue(attendee.textOf("myFeedback").contains("5"), attendee.textOf("myFeedback"));
            attendee.screenshot("activity-afterwards-kk");
            attendee.assertAccessible("an event after it, for an attendee");
            HttpResponse<byte[]> pdf = attendee.download("/events/certificate?activity=" + id + "&lang=kk");
            assertEquals(200, pdf.statusCode());
            String text;
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                text = new PDFTextStripper().getText(document);
            }
            assertTrue(text.contains("Қасымова Әйгерім Нұрланқызы") && text.contains(title), text);
            Matcher found = CODE.matcher(text);
            assertTrue(found.find(), "a verification code on the certificate: " + text);
            code = found.group();
            HttpResponse<byte[]> again = attendee.download("/events/certificate?activity=" + id + "&lang=ru");
            try (PDDocument document = Loader.loadPDF(again.body())) {
                assertTrue(new PDFTextStripper().getText(document).contains(code), "the same code in Russian");
            }
        }
        try (Browser anyone = new Browser()) {
            anyone.open("/verify.xhtml?code=" + code);
            String confirmed = anyone.pageText();
            assertTrue(confirmed.contains("Қасымова Әйгерім Нұрланқызы") && confirmed.contains(title), confirmed);
            anyone.screenshot("activity-certificate-verified");
        }
        try (Browser absent = new Browser()) {
            absent.signIn("g3.t02");
            absent.open(eventPath);
            assertTrue(absent.all(By.id("feedback")).isEmpty(), "no feedback from the absent");
            assertEquals(400, absent.download("/events/certificate?activity=" + id + "&lang=kk").statusCode(),
                    "no certificate for the absent");
        }
        try (Browser organiser = new Browser()) {
            organiser.signIn("s12.methodologist");
            organiser.open(eventPath);
            String summary = organiser.textOf("feedbackSummary");
            assertTrue(summary.contains("5,0") || summary.contains("5.0"), "one answer, rated 5: " + summary);
            assertTrue(summary.contains("Кластер тәсілін 7-сыныпта қолданамын."), "the comment: " + summary);
            assertFalse(summary.contains("Қасымова"), "without the name: " + summary);
        }
    }

    /** Registers the person through the event's page: "REGISTERED" or "WAITING n", from the page's own words. */
    private static String register(String username, String eventPath) {
        try (Browser b = new Browser()) {
            b.signIn(username);
            b.open(eventPath);
            b.clickAndWait("registering:register");
            b.screenshot("activity-registered-" + username);
            return seat(b);
        }
    }

    /** The caller's seat as the page says it: a cancel button and a number when waiting. */
    private static String seat(Browser b) {
        String text = b.textOf("mySeat");
        assertTrue(b.all(By.id("registering:cancelRegistration")).size() == 1, "registered or waiting: " + b.pageText());
        Matcher n = Pattern.compile("\\d+").matcher(text);
        return n.find() ? "WAITING " + n.group() : "REGISTERED";
    }

    /** Ticks the attendance box of the person named. */
    private static void tick(Browser b, String name) {
        String box = b.driver.findElement(By.xpath("//ul[contains(@class,'attendance')]//label[contains(., '" + name
                + "')]")).getAttribute("for");
        b.driver.findElement(By.id(box)).click();
    }
}
