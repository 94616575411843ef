package kz.rudny.cabinet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Two methodologists of school №7 give its unmentored young specialist (the demo's "young2", Белов Никита Сергеевич)
 * a mentor at the same moment, each a different colleague, each from a page opened before either did: one order
 * wins, the other is told by the field on its own page (never an error page), and the young specialist has exactly
 * one open pair. The database decides (MENTORING_PAIR's unique key), not the timing.
 */
class MentoringRaceIT {

    private static final String YOUNG = "Белов Никита Сергеевич";
    private static final String[] MENTORS = {"Шевченко Оксана Владимировна", "Макаров Виктор Павлович"};
    private static final String PAGE = "/mentoring/young-specialists.xhtml";

    @Test
    void twoOrdersForOneYoungSpecialistAtOnceMakeOnePairAndATold() throws Exception {
        endOpenPairOfTheYoungSpecialist(); // a rerun on the same server
        WebSession[] sessions = {WebSession.signedIn("s7.methodologist"), WebSession.signedIn("s7.methodologist")};
        WebSession.Page[] loaded = {sessions[0].get(PAGE), sessions[1].get(PAGE)};
        String young = option(loaded[0].body(), "assignment:youngStaffId_input", YOUNG);
        String date = LocalDate.now(ZoneId.of("Asia/Qostanay")).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<WebSession.Page>> answers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            int n = i;
            String mentor = option(loaded[n].body(), "assignment:mentorStaffId_input", MENTORS[n]);
            answers.add(pool.submit(() -> {
                start.await();
                return sessions[n].press(PAGE, loaded[n], "assignment", "assign", Map.of(
                        "assignment:youngStaffId_input", young, "assignment:mentorStaffId_input", mentor,
                        "assignment:orderNumber", "77-" + n, "assignment:orderDate_input", date));
            }));
        }
        pool.shutdown();
        int won = 0;
        int told = 0;
        List<String> said = new ArrayList<>();
        for (Future<WebSession.Page> answer : answers) {
            WebSession.Page page = answer.get();
            said.add(page.status() + ": " + messages(page.body()));
            if (page.status() == 302 || page.status() == 303) {
                won++;
            } else {
                assertEquals(200, page.status(), "the other is answered on its page");
                assertFalse(page.body().contains("id=\"errorTitle\""), "not an error page");
                assertFalse(messages(page.body()).isEmpty(), "a message tells the other why");
                told++;
            }
        }
        assertEquals(1, won, () -> "one order wins: " + said);
        assertEquals(1, told, "the other is told");
        assertEquals(1, openPairRows(WebSession.signedIn("s7.methodologist").get(PAGE).body()).size(),
                "exactly one open pair for the young specialist");
    }

    private static void endOpenPairOfTheYoungSpecialist() {
        WebSession methodologist = WebSession.signedIn("s7.methodologist");
        WebSession.Page page = methodologist.get(PAGE);
        for (String row : openPairRows(page.body())) {
            Matcher button = Pattern.compile("id=\"(pairs:rows:\\d+):endEarly\"").matcher(row);
            assertTrue(button.find(), row);
            WebSession.Page ending = methodologist.press(PAGE, page, "pairs", button.group(1).substring(
                    "pairs:".length()) + ":endEarly", Map.of());
            page = methodologist.press(PAGE, ending, "ending", "end", Map.of("ending:reason",
                    "Повторный прогон теста"));
            page = methodologist.get(PAGE);
        }
    }

    /** The rows of the year's pairs that hold the young specialist and can still be ended (open). */
    private static List<String> openPairRows(String body) {
        List<String> rows = new ArrayList<>();
        int table = body.indexOf("id=\"pairs:rows\"");
        if (table < 0) {
            return rows;
        }
        for (String row : body.substring(table).split("<tr")) {
            if (row.contains(YOUNG) && row.contains(":endEarly\"")) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** The page's error messages: by a field, or for the whole form (the layout's flash list). */
    private static List<String> messages(String body) {
        List<String> texts = new ArrayList<>();
        Matcher m = Pattern.compile("ui-messages?-error[^\"]*\"[^>]*>(.*?)</div>", Pattern.DOTALL).matcher(body);
        while (m.find()) {
            String text = m.group(1).replaceAll("<script.*?</script>", "").replaceAll("<[^>]*>", " ").strip();
            if (!text.isEmpty()) {
                texts.add(text);
            }
        }
        Matcher flash = Pattern.compile("class=\"flash-error\"[^>]*>([^<]+)<").matcher(body);
        while (flash.find()) {
            texts.add(flash.group(1).strip());
        }
        return texts;
    }

    private static String option(String body, String select, String label) {
        int at = body.indexOf("id=\"" + select + "\"");
        assertTrue(at >= 0, "no " + select);
        Matcher m = Pattern.compile("<option value=\"(\\d+)\"[^>]*>" + Pattern.quote(label)).matcher(
                body.substring(at, body.indexOf("</select>", at)));
        assertTrue(m.find(), label + " is no choice in " + select);
        return m.group(1);
    }
}
