package kz.rudny.cabinet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The calendar as a teacher uses it: the page on a phone (month view, accessible), the private feed link fetched by
 * a calendar program (no cookies, no session made, parsed with ical4j), a cancelled booking arriving with a higher
 * SEQUENCE and STATUS:CANCELLED, one entry as .ics, and a reset after which the old address is a bare 404.
 */
class CalendarJourneyIT {

    private static final String PAGE = "/events/calendar.xhtml";
    private static final String TEACHER = "s12.t05";
    private static final Pattern UID = Pattern.compile("room-booking-(\\d+)@cabinet\\.rudny\\.kz");

    /** A calendar program: no cookie store, no redirects followed. */
    private static final HttpClient CALENDAR_PROGRAM = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aTeacherSubscribesToTheirCalendarSeesChangesAndResetsTheLink() throws Exception {
        LocalDate day = weekday(9);
        String purpose = "Күнтізбе сынағы " + System.nanoTime();
        try (Browser desk = new Browser()) {
            desk.signIn(TEACHER);
            book(desk, day, purpose);

            try (Browser phone = Browser.phone()) {
                phone.signIn(TEACHER);
                phone.open(PAGE);
                phone.waitFor().until(d -> !d.findElements(By.cssSelector(".fc-view")).isEmpty());
                assertFalse(phone.all(By.cssSelector(".fc-list")).isEmpty(), "a phone opens the list view");
                phone.find("calendar:schedule").findElement(By.cssSelector(".fc-dayGridMonth-button")).click();
                phone.waitFor().until(d -> !d.findElements(By.cssSelector(".fc-daygrid")).isEmpty());
                assertTrue(phone.textOf("upcoming").contains(purpose), "the coming entries list the booking: "
                        + phone.textOf("upcoming"));
                phone.screenshot("calendar-month-phone-ru");
                phone.assertAccessible("the calendar page on a phone, month view");

                String url = newLink(phone);
                String webcal = phone.find("feed:webcal").getAttribute("value");
                assertTrue(url.matches("https?://.+/feeds/calendar/[A-Za-z0-9_-]{43}\\.ics"), url);
                assertEquals(url.replaceFirst("^https?://", "webcal://"), webcal);
                phone.screenshot("calendar-feed-link-ru");
                phone.assertAccessible("the calendar page with the feed link");
                String feed = pathOf(url);

                HttpResponse<String> first = fetch(feed);
                assertEquals(200, first.statusCode());
                assertTrue(first.headers().firstValue("Content-Type").orElse("").toLowerCase().replace(" ", "")
                        .startsWith("text/calendar;charset=utf-8"), first.headers().toString());
                assertTrue(first.headers().allValues("Set-Cookie").isEmpty(), "no session for a calendar program");
                VEvent booked = event(first.body(), purpose);
                String uid = booked.getProperty("UID").map(Property::getValue).orElseThrow();
                assertTrue(UID.matcher(uid).matches(), uid);
                assertEquals("CONFIRMED", value(booked, "STATUS"));
                assertTrue(first.body().contains("TZID=Asia/Qostanay"), "school times with their zone");
                int sequence = Integer.parseInt(value(booked, "SEQUENCE"));

                cancel(desk, purpose);
                VEvent cancelled = event(fetch(feed).body(), purpose);
                assertEquals(uid, value(cancelled, "UID"), "the same entry, so calendars replace it");
                assertEquals("CANCELLED", value(cancelled, "STATUS"));
                assertTrue(Integer.parseInt(value(cancelled, "SEQUENCE")) > sequence, value(cancelled, "SEQUENCE"));

                WebSession signedIn = WebSession.signedIn(TEACHER);
                WebSession.Page one = signedIn.get("/feeds/entry/" + URLEncoder.encode(uid, StandardCharsets.UTF_8) + ".ics");
                assertEquals(200, one.status());
                assertTrue(one.body().contains("UID:" + uid), one.body());

                phone.open(PAGE);
                assertTrue(phone.all(By.id("feed:url")).isEmpty(), "the link is shown only when made");
                assertTrue(phone.textOf("feed").contains("Ваша личная ссылка действует с"), phone.textOf("feed"));
                String newUrl = newLink(phone);
                assertNotEquals(url, newUrl);
                HttpResponse<String> old = fetch(feed);
                assertEquals(404, old.statusCode(), "the old link stops at once");
                assertEquals("", old.body(), "a bare 404 that tells nothing");
                assertTrue(old.headers().allValues("Set-Cookie").isEmpty(), "no session for a wrong token either");
                assertEquals(200, fetch(pathOf(newUrl)).statusCode());
            }
        }
    }

    /**
     * Books the cabinet through the rooms page (Russian: a teacher of school №12), at the first free hour of the day
     * (the test server may keep an earlier run's bookings).
     */
    private static void book(Browser browser, LocalDate day, String purpose) {
        browser.open("/events/rooms.xhtml");
        for (int hour = 8; hour < 19; hour++) {
            browser.setValue("booking:date", day.toString());
            browser.setValue("booking:start", String.format("%02d:00", hour));
            browser.setValue("booking:end", String.format("%02d:45", hour));
            browser.type("booking:purpose", purpose);
            browser.clickAndWait("booking:book");
            if (browser.pageText().contains("Помещение забронировано.")) {
                return;
            }
            assertTrue(browser.pageText().contains("Помещение занято"), browser.pageText());
        }
        throw new AssertionError("no free hour on " + day);
    }

    /**
     * Makes the person's link: "make" the first time, else "reset" with its confirmation (the test server may keep
     * an earlier run's link); the link is in the page's field right after.
     */
    static String newLink(Browser phone) {
        if (!phone.all(By.id("feed:make")).isEmpty()) {
            phone.find("feed:make").click();
        } else {
            phone.find("feed:reset").click();
            phone.waitFor().until(d -> d.findElement(By.cssSelector(".ui-confirmdialog-yes")).isDisplayed());
            phone.driver.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
        }
        return phone.waitFor().until(d -> {
            List<WebElement> field = d.findElements(By.id("feed:url"));
            return field.isEmpty() ? null : field.get(0).getAttribute("value");
        });
    }

    /** Cancels the booking from the room's week the page shows after booking. */
    private static void cancel(Browser browser, String purpose) {
        WebElement item = browser.all(By.cssSelector("li.booking")).stream()
                .filter(li -> li.getText().contains(purpose)).findFirst().orElseThrow();
        item.findElement(By.cssSelector("button[id$=':cancel']")).click();
        browser.waitFor().until(d -> d.findElement(By.cssSelector(".ui-confirmdialog-yes")).isDisplayed());
        browser.driver.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.waitFor().until(d -> browser.pageText().contains("Бронь отменена."));
    }

    static HttpResponse<String> fetch(String path) throws Exception {
        return CALENDAR_PROGRAM.send(HttpRequest.newBuilder(URI.create(Browser.BASE + path))
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The link's path: the page shows it at cabinet.public-url, the test server listens elsewhere. */
    static String pathOf(String url) {
        return URI.create(url).getRawPath();
    }

    static VEvent event(String ics, String summary) throws Exception {
        List<VEvent> events = new CalendarBuilder().build(new StringReader(ics)).getComponents("VEVENT");
        return events.stream().filter(e -> summary.equals(value(e, "SUMMARY"))).findFirst()
                .orElseThrow(() -> new AssertionError(summary + " not in the feed:\n" + ics));
    }

    static String value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElse(null);
    }

    /** A weekday the given number of days ahead. */
    static LocalDate weekday(int daysAhead) {
        LocalDate d = LocalDate.now().plusDays(daysAhead);
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }


    /** The booking's id in a feed (for the isolation tests). */
    static long bookingId(String ics, String summary) throws Exception {
        Matcher m = UID.matcher(value(event(ics, summary), "UID"));
        assertTrue(m.matches());
        return Long.parseLong(m.group(1));
    }
}
