package kz.rudny.cabinet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Booking the methodical cabinet through the page: a teacher books and sees the slot in the room's week, bad
 * input is explained by the field in the person's language with what was typed kept, and many people pressing
 * "book" for the same slot at the same moment get exactly one booking; every other one is told who holds the
 * slot, on the page (200), never an error page or a 403.
 */
class RoomsJourneyIT {

    private static final String PAGE = "/events/rooms.xhtml";

    @Test
    void aTeacherBooksTheCabinetAndSeesTheSlotInTheRoomsWeek() {
        LocalDate day = weekday(80);
        try (Browser browser = new Browser()) {
            browser.signIn("s12.teacher");
            browser.open(PAGE);
            assertTrue(browser.pageText().contains("Методический кабинет"), browser.pageText());
            browser.screenshot("rooms-week-ru");
            browser.setValue("booking:date", day.toString());
            browser.setValue("booking:start", "10:00");
            browser.setValue("booking:end", "11:30");
            browser.type("booking:purpose", "Консультация для родителей 5 «А» класса");
            browser.clickAndWait("booking:book");
            String text = browser.pageText();
            assertTrue(text.contains("Помещение забронировано."), text);
            assertTrue(text.contains("10:00–11:30"), "the room's week of the booking is shown: " + text);
            assertTrue(text.contains("Консультация для родителей 5 «А» класса"), text);
            browser.screenshot("rooms-booked-ru");
            browser.assertNothingBlocked();
        }
    }

    @Test
    void badInputIsExplainedByTheFieldInKazakhAndWhatWasTypedStays() {
        LocalDate day = weekday(81);
        try (Browser browser = new Browser()) {
            browser.signIn("g3.teacher");
            browser.open(PAGE);
            assertTrue(browser.pageText().contains("Әдістемелік кабинет"), browser.pageText());
            browser.screenshot("rooms-week-kk");

            browser.setValue("booking:date", day.toString());
            browser.setValue("booking:start", "12:00");
            browser.setValue("booking:end", "11:00");
            browser.type("booking:purpose", "Бірлестік отырысы");
            browser.clickAndWait("booking:book");
            assertTrue(browser.textOf("booking").contains("Аяқталуы басталуынан кейін болуы керек."), browser.pageText());
            assertEquals("Бірлестік отырысы", browser.find("booking:purpose").getAttribute("value"), "the purpose stays");
            assertEquals("12:00", browser.find("booking:start").getAttribute("value"), "the times stay");
            browser.screenshot("rooms-bad-input-kk");

            browser.setValue("booking:date", LocalDate.now().minusDays(3).toString());
            browser.setValue("booking:end", "13:00");
            browser.clickAndWait("booking:book");
            assertTrue(browser.textOf("booking").contains("Бұл уақыт өтіп кетті"), browser.pageText());

            browser.setValue("booking:date", day.toString());
            browser.type("booking:purpose", " ");
            browser.clickAndWait("booking:book");
            assertTrue(browser.textOf("booking").contains("Міндетті өріс") || browser.textOf("booking").contains("толтырыңыз"),
                    "the empty purpose is refused by its field: " + browser.textOf("booking"));
            assertTrue(!browser.pageText().contains("Бөлме брондалды."), "nothing was booked");
        }
    }

    @Test
    void manyPeopleBookingOneSlotAtOnceGetExactlyOneBookingAndClearRefusals() throws Exception {
        LocalDate day = weekday(85);
        List<String> people = List.of("s7.teacher", "s7.head", "s7.mentor", "s7.t01", "s7.t02", "s7.t03");
        List<WebSession> sessions = new ArrayList<>();
        List<WebSession.Page> loaded = new ArrayList<>();
        String room = null;
        for (String username : people) {
            WebSession session = WebSession.signedIn(username);
            WebSession.Page page = session.get(PAGE);
            assertEquals(200, page.status(), username);
            Matcher option = Pattern.compile("id=\"booking:roomId_input\"[^>]*>\\s*<option value=\"(\\d+)\"")
                    .matcher(page.body());
            assertTrue(option.find(), "the room list of the booking form");
            room = option.group(1);
            sessions.add(session);
            loaded.add(page);
        }
        String roomId = room;
        CyclicBarrier start = new CyclicBarrier(people.size());
        List<CompletableFuture<WebSession.Page>> presses = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            int k = i;
            presses.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return sessions.get(k).press(PAGE, loaded.get(k), "booking", "book", Map.of(
                        "booking:roomId_input", roomId, "booking:date", day.toString(), "booking:start", "15:00",
                        "booking:end", "16:00", "booking:purpose", "Жарыс " + people.get(k)));
            }));
        }
        int booked = 0;
        int refused = 0;
        StringBuilder answers = new StringBuilder();
        for (CompletableFuture<WebSession.Page> f : presses) {
            WebSession.Page p = f.get();
            String body = p.body();
            answers.append(p.status()).append(' ').append(body, 0, Math.min(3000, body.length())).append("\n---\n");
            booked += p.status() == 200 && (body.contains("Бөлме брондалды.") || body.contains("Помещение забронировано."))
                    ? 1 : 0;
            refused += p.status() == 200 && (body.contains("аралығында бос емес") || body.contains("Помещение занято с 15:00"))
                    ? 1 : 0;
        }
        assertEquals(1, booked, () -> "exactly one booking: " + answers);
        assertEquals(people.size() - 1, refused, () -> "everyone else is told the slot is taken: " + answers);
        String week = sessions.get(0).get(PAGE).body();
        assertTrue(week.contains("<ul"), "the page still works");
    }

    /** A weekday the given number of days ahead. */
    private static LocalDate weekday(int daysAhead) {
        LocalDate d = LocalDate.now().plusDays(daysAhead);
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

}
