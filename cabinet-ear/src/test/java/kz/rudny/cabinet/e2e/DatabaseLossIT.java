package kz.rudny.cabinet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database (PostgreSQL) stopped while people work, and started again. A server of its own on a PostgreSQL of its
 * own (so that stopping it disturbs nobody else; cabinet-ear/pom.xml): while the database is down, a page is a 503
 * in the person's language (Kazakh for the gymnasium's methodologist) with {@code Retry-After} and no stack trace,
 * {@code /health/ready} is 503, and an ajax form post in Chromium shows the message while what was typed stays in
 * the field; once the database is back, the same session's pages and the same form work again, with no restart.
 */
class DatabaseLossIT {

    private static final OwnTestServer SERVER = new OwnTestServer("crash", "loss", 28400);
    private static final int PG_PORT = SERVER.portBase + 32;
    private static final String PG_DIR = Path.of(System.getProperty("crash.pgDir", "target/loss-postgresql"))
            .toAbsolutePath().toString();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private static final String UNAVAILABLE_KK = "Кабинет дәл қазір дерекқорға қосыла алмай тұр.";

    @BeforeAll
    static void start() {
        Assumptions.assumeFalse(Boolean.getBoolean("crash.skipPostgres"), "-DskipPostgres");
        SERVER.with("CABINET_PG_DIR", PG_DIR).with("CABINET_PG_PORT", Integer.toString(PG_PORT))
                .with("CABINET_JDBC_URL", "jdbc:postgresql://localhost:" + PG_PORT + "/loss")
                .with("CABINET_JDBC_USER", "cabinet").with("CABINET_JDBC_PASSWORD", "cabinet");
        SERVER.cabinet("test-postgres-start", "loss");
        SERVER.start();
    }

    @AfterAll
    static void stop() {
        if (!Boolean.getBoolean("crash.skipPostgres")) {
            SERVER.remove();
            SERVER.cabinet("test-postgres-stop");
        }
    }

    @Test
    void whileTheDatabaseIsDownPagesSay503InThePersonsLanguageAndAllWorksAgainWhenItIsBack() throws Exception {
        WebSession reader = WebSession.signedIn("g3.methodologist");
        WebSession.Page catalogue = reader.get("/library/catalogue.xhtml");
        assertEquals(200, catalogue.status());
        long title = catalogue.ids("/library/title.xhtml").iterator().next();
        assertEquals(200, status("/health/ready"));
        String inventory = "ЖОҚ-" + (System.currentTimeMillis() % 1_000_000);

        try (Browser desk = new Browser()) {
            desk.signIn("g3.methodologist");
            desk.open("/library/title.xhtml?id=" + title);
            desk.type("copy:inventoryNumber", inventory);

            SERVER.cabinet("test-postgres-pause");

            desk.find("copy:addCopy").click();
            desk.waitFor().until(d -> desk.textOf("messages").contains(UNAVAILABLE_KK));
            assertEquals(inventory, desk.find("copy:inventoryNumber").getAttribute("value"), "what was typed stays");
            desk.screenshot("database-lost-ajax-kk");

            WebSession.Page down = reader.get("/library/catalogue.xhtml");
            assertEquals(503, down.status(), down.body());
            assertTrue(down.body().contains("Қызмет уақытша қолжетімсіз") && down.body().contains(UNAVAILABLE_KK),
                    down.body());
            assertTrue(down.body().contains("lang=\"kk\""), "in the person's language");
            for (String trace : List.of("Exception", "at kz.", "at org.", "SQL", "PSQL")) {
                assertFalse(down.body().contains(trace), "no trace of the error: " + trace);
            }
            assertEquals(503, status("/health/ready"), "not ready without the database");
            desk.open("/library/catalogue.xhtml");
            assertTrue(desk.pageText().contains(UNAVAILABLE_KK), desk.pageText());
            desk.screenshot("database-lost-page-kk");

            SERVER.cabinet("test-postgres-resume");

            long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (status("/health/ready") != 200 && System.nanoTime() < until) {
                Thread.sleep(1000);
            }
            assertEquals(200, status("/health/ready"), "ready again without a restart");
            assertEquals(200, reader.get("/library/catalogue.xhtml").status(), "the same session's page again");
            desk.open("/library/title.xhtml?id=" + title);
            desk.type("copy:inventoryNumber", inventory);
            desk.find("copy:addCopy").click();
            desk.waitFor().until(d -> desk.textOf("copies").contains(inventory));
            assertTrue(desk.textOf("messages").contains("Дана қосылды."), desk.textOf("messages"));
        }
    }

    private static int status(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(Browser.BASE + path)).timeout(Duration.ofSeconds(30)).GET()
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
