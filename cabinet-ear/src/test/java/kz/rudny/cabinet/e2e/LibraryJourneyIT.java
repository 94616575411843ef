package kz.rudny.cabinet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The cabinet library: the methodologist catalogues a title and lends copies; teachers borrow and queue. */
class LibraryJourneyIT {

    private static final Pattern TITLE_ID = Pattern.compile("title\\.xhtml\\?id=(\\d+)");

    /** Catalogues a title in g3 with the given copies; returns its page path. */
    static String catalogue(Browser browser, String title, String inventoryNumbers) {
        browser.open("/library/title-edit.xhtml");
        browser.type("title:title", title);
        browser.type("title:authors", "Жұмабаева Г. С.");
        browser.type("title:publicationYear", "2021");
        browser.type("title:isbn", "978-601-7012-34-2");
        browser.driver.executeScript("PF('type').selectValue('METHODICAL_GUIDELINE')");
        browser.type("title:shelfPlace", "А-3");
        browser.type("title:inventoryNumber", inventoryNumbers);
        browser.clickAndWait("title:save");
        assertTrue(browser.driver.getCurrentUrl().contains("/library/title.xhtml?id="), browser.pageText());
        return browser.driver.getCurrentUrl().replace(Browser.BASE, "");
    }

    private static void lend(Browser browser, String borrowerName, int row) {
        press(browser, borrowerName, row);
        try {
            browser.waitFor().until(d -> browser.textOf("copies:table").contains(borrowerName));
        } catch (RuntimeException e) {
            browser.screenshot("library-lend-failed");
            throw new AssertionError("not lent to " + borrowerName + ": " + browser.pageText(), e);
        }
    }

    private static void press(Browser browser, String borrowerName, int row) {
        browser.driver.executeScript("var w = PF('borrower'); w.input.find('option').each(function() {"
                + " if (this.text === arguments[0]) { w.selectValue(this.value); } });".replace("arguments[0]",
                "'" + borrowerName + "'"));
        browser.find("copies:table:" + row + ":issue").click();
    }

    @Test
    void aTitleIsCataloguedLentReturnedAndQueuedFor() {
        String name = "Сабақ жоспарлау: әдістемелік нұсқаулар " + (System.currentTimeMillis() % 10000);
        String n = Long.toString(System.currentTimeMillis() % 1000000);
        try (Browser desk = new Browser()) {
            desk.signIn("g3.methodologist");
            String page = catalogue(desk, name, "G3-" + n + "-1, G3-" + n + "-2");
            assertTrue(desk.pageText().contains("9786017012342"), "the ISBN is kept normalised");
            desk.screenshot("library-title-kk");
            desk.clickAndWait("lang:ru");
            assertTrue(desk.driver.getCurrentUrl().endsWith(page), "switching language stays on the record");
            assertEquals(name, desk.title());
            assertTrue(desk.pageText().contains("Экземпляры"), desk.pageText());
            desk.clickAndWait("lang:kk");

            lend(desk, "Қасымова Әйгерім Нұрланқызы", 0);
            lend(desk, "Оспанов Ерлан Болатұлы", 1);
            desk.screenshot("library-both-lent");

            try (Browser teacher = new Browser()) {
                teacher.signIn("g3.teacher");
                teacher.open("/library/loans.xhtml");
                assertTrue(teacher.pageText().contains(name), "the borrower sees the loan");
                teacher.open(page);
                teacher.clickAndWait("queue:reserve");
                teacher.find("queue:cancel");
                assertTrue(teacher.pageText().contains("1. Қасымова Әйгерім Нұрланқызы"), teacher.pageText());
            }
            try (Browser young = new Browser()) {
                young.signIn("g3.young");
                young.open(page);
                young.clickAndWait("queue:reserve");
                assertTrue(young.pageText().contains("2. Төлеуова Аружан Ерланқызы"), young.pageText());
            }

            desk.open(page);
            desk.find("copies:table:1:return").click();
            desk.waitFor().until(d -> desk.textOf("copies:table").contains("Сөреде"));
            press(desk, "Ахметова Ләззат Шәкірқызы", 1);
            desk.waitFor().until(d -> desk.pageText().contains("кезекте бірінші — Қасымова Әйгерім Нұрланқызы"));
            assertFalse(desk.find("copies:table").getText().contains("Ахметова Ләззат"), "the queue comes first");
            desk.screenshot("library-reserved-for-other");

            desk.driver.findElement(By.cssSelector("a[title='Кезектен алып тастау']")).click();
            desk.waitFor().until(d -> desk.pageText().replaceAll("\\s+", " ").contains("1. Төлеуова Аружан Ерланқызы"));

            // Deactivating the next in the queue takes her out of every queue, in the same transaction.
            String young = staffPage(desk, "Төлеуова");
            desk.open(young);
            desk.clickAndWait("account:deactivate");
            try {
                desk.open(page);
                assertTrue(desk.pageText().contains("Ешкім күтіп тұрған жоқ."), desk.pageText());
                lend(desk, "Ахметова Ләззат Шәкірқызы", 1);
            } finally {
                desk.open(young);
                desk.clickAndWait("account:activate");
            }
        }
    }

    /** The staff page of the one person the staff list's filter finds. */
    private static String staffPage(Browser desk, String filter) {
        desk.open("/school/staff.xhtml");
        desk.type("staff:filter", filter);
        desk.waitFor().until(d -> desk.textOf("staff:table").contains(filter)
                && d.findElements(By.cssSelector("#staff\\:table a[href*='staff-member']")).size() == 1);
        return desk.driver.findElement(By.cssSelector("#staff\\:table a[href*='staff-member']")).getAttribute("href")
                .replace(Browser.BASE, "");
    }

    @Test
    void badInputOnATitleIsExplainedByTheFieldAndKept() {
        try (Browser desk = new Browser()) {
            desk.signIn("s12.methodologist");
            desk.open("/library/title-edit.xhtml");
            desk.type("title:title", "Толковый словарь русского языка");
            desk.type("title:isbn", "978-601-7012-34-3");
            desk.type("title:publicationYear", "1700");
            desk.type("title:gradeFrom", "12");
            desk.clickAndWait("title:save");
            String page = desk.pageText();
            assertTrue(page.contains("Введите год от 1800 до 2100."), page);
            assertTrue(page.contains("Классы — от 1 до 11."), page);
            assertTrue(page.contains("Заполните это поле."), "the type is required: " + page);
            assertEquals("Толковый словарь русского языка", desk.find("title:title").getAttribute("value"));
            desk.type("title:publicationYear", "2019");
            desk.type("title:gradeFrom", "5");
            desk.driver.executeScript("PF('type').selectValue('DICTIONARY')");
            desk.clickAndWait("title:save");
            assertTrue(desk.pageText().contains("Это неверный ISBN"), desk.pageText());
            assertEquals("978-601-7012-34-3", desk.find("title:isbn").getAttribute("value"), "what was typed stays");
            desk.screenshot("library-bad-isbn-ru");
        }
    }

    /** What the test server logged as refused lately (its domain log, when the tests started it). */
    private static String serverRefusals() {
        java.nio.file.Path log = java.nio.file.Path.of("..", ".payara", "payara6", "glassfish", "domains",
                System.getProperty("e2e.domain", "e2e"), "logs", "server.log");
        try {
            List<String> lines = java.nio.file.Files.readAllLines(log);
            return "\nserver: " + String.join("\n", lines.subList(Math.max(0, lines.size() - 400), lines.size())
                    .stream().filter(l -> l.contains("Refused") || l.contains("Exception")).toList());
        } catch (java.io.IOException | RuntimeException e) {
            return "";
        }
    }

    @Test
    void twoDesksLendingTheLastCopyAtOnceLendItExactlyOnce() throws Exception {
        String page;
        try (Browser desk = new Browser()) {
            desk.signIn("s7.methodologist");
            page = catalogue(desk, "Физика. Есептер жинағы " + (System.currentTimeMillis() % 10000),
                    "S7-" + (System.currentTimeMillis() % 1000000));
        }
        List<WebSession> desks = List.of(WebSession.signedIn("s7.methodologist"), WebSession.signedIn("s7.methodologist"));
        List<WebSession.Page> loaded = new ArrayList<>();
        List<String> borrowers = new ArrayList<>();
        for (WebSession d : desks) {
            WebSession.Page p = d.get(page);
            loaded.add(p);
            Matcher option = Pattern.compile("<option value=\"(\\d+)\"").matcher(p.body());
            assertTrue(option.find() && option.find(), "two borrowers to choose from");
            borrowers.add(option.group(1));
        }
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<WebSession.Page>> presses = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            int k = i;
            presses.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return desks.get(k).press(page, loaded.get(k), "copies", "table:0:issue",
                        Map.of("copies:borrowerId_input", borrowers.get(k)));
            }));
        }
        int lent = 0;
        int refused = 0;
        StringBuilder answers = new StringBuilder();
        for (CompletableFuture<WebSession.Page> f : presses) {
            String body = f.get().body();
            answers.append(f.get().status()).append(": ").append(body, 0, Math.min(body.length(), 3000)).append("\n---\n");
            lent += body.contains("Дана берілді.") ? 1 : 0;
            // The loser is told either that the copy was just lent (the unique open-loan column refused it) or,
            // when the clash shows at commit as a parallel change of the copy, to open it again and repeat; on
            // the page it posted from (200), never an error page or a 403.
            refused += f.get().status() == 200 && (body.contains("жаңа ғана басқа оқырманға берілді")
                    || body.contains("дәл сол сәтте біреу өзгертті")) ? 1 : 0;
        }
        assertEquals(1, lent, () -> "exactly one desk lent the copy: " + answers + serverRefusals());
        assertEquals(1, refused, () -> "the other was refused: " + answers + serverRefusals());
        String after = desks.get(0).get(page).body();
        Matcher lentTo = Pattern.compile("Берілген:").matcher(after);
        int loans = 0;
        while (lentTo.find()) {
            loans++;
        }
        assertEquals(1, loans, "one open loan of the copy");
    }

    @Test
    void theCatalogueIsSearchedByWordFormsInKazakhAndRussianWithinTheSchool() {
        String n = Long.toString(System.currentTimeMillis() % 100000);
        try (Browser desk = new Browser()) {
            desk.signIn("g3.methodologist");
            catalogue(desk, "Сабақтарымызды жоспарлау " + n, "G3-S" + n);
            catalogue(desk, "Открытые уроки физики " + n, "G3-U" + n);
            String kazakh = "Сабақтарымызды жоспарлау " + n;
            String russian = "Открытые уроки физики " + n;
            for (String[] search : new String[][] {
                    {"сабақ " + n, kazakh, russian},    // a Kazakh word form
                    {"сабак " + n, kazakh, russian},    // typed with Russian letters
                    {"уроков " + n, russian, kazakh},   // a Russian word form
                    {"физикка " + n, russian, kazakh}}) { // one typo
                desk.open("/library/catalogue.xhtml");
                desk.type("catalogue:filter", search[0]);
                desk.waitFor().until(d -> {
                    String table = desk.textOf("catalogue:table");
                    return table.contains(search[1]) && !table.contains(search[2]);
                });
            }
            desk.screenshot("library-search-kk");
        }
        try (Browser stranger = new Browser()) {
            stranger.signIn("s7.methodologist");
            stranger.open("/library/catalogue.xhtml");
            stranger.type("catalogue:filter", "сабақ " + n);
            stranger.waitFor().until(d -> stranger.textOf("catalogue:table").contains("Әзірге бос."));
        }
    }

    @Test
    void anotherSchoolsTitlesAreNeitherListedNorOpened() {
        String page;
        String name = "Құпия тақырып " + (System.currentTimeMillis() % 10000);
        try (Browser desk = new Browser()) {
            desk.signIn("g3.methodologist");
            page = catalogue(desk, name, "G3-X" + (System.currentTimeMillis() % 1000000));
        }
        Matcher id = TITLE_ID.matcher(page);
        assertTrue(id.find());
        for (String stranger : new String[] {"s7.methodologist", "s12.teacher"}) {
            WebSession s = WebSession.signedIn(stranger);
            assertEquals(404, s.get("/library/title.xhtml?id=" + id.group(1)).status(),
                    stranger + ": another school's title is as unknown as a missing one");
            WebSession.Page catalogue = s.get("/library/catalogue.xhtml");
            assertEquals(200, catalogue.status(), stranger + " opens the own catalogue");
            assertFalse(catalogue.body().contains(name), stranger + " does not see it listed");
        }
        // the district's staff have no school library at all: the page itself is not theirs, whatever the id
        WebSession district = WebSession.signedIn("district.methodologist");
        assertEquals(403, district.get("/library/title.xhtml?id=" + id.group(1)).status());
        assertEquals(403, district.get("/library/catalogue.xhtml").status());
        assertEquals(200, WebSession.signedIn("g3.teacher").get(page).status(), "the own school's teacher does");
    }
}
