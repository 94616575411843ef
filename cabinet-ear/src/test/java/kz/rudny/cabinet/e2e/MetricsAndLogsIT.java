package kz.rudny.cabinet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code /metrics} for the monitoring only (its bearer token from the configuration; no session and no wrong token
 * gets in, and never a redirect to the sign-in form), in Prometheus text with a timer per route; and the
 * request's id in every response: the caller's own when it is a valid one, else a new one.
 */
class MetricsAndLogsIT {

    /** The token the test server was started with (cabinet-ear's pom, {@code CABINET_METRICS_TOKEN}). */
    static final String TOKEN = System.getProperty("e2e.metricsToken", "e2e-metrics-token-not-a-secret-0123456789");

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void metricsAreRefusedWithoutTheTokenWithAWrongOneAndToASignedInPerson() throws Exception {
        assertEquals(401, metrics(null).statusCode());
        assertEquals(401, metrics("Bearer " + TOKEN + "x").statusCode());
        assertEquals(401, metrics("Basic ZzMubWV0aG9kb2xvZ2lzdDpSdWRueS0yMDI2").statusCode(), "an account is no way in");
        WebSession methodologist = WebSession.signedIn("g3.methodologist");
        WebSession.Page page = methodologist.get("/metrics");
        assertEquals(401, page.status(), "a session is no way in either");
        assertFalse(page.body().contains("cabinet_requests"), page.body());
    }

    @Test
    void withTheTokenMetricsCarryTheTimerOfAVisitedPageByItsRouteNotItsAddress() throws Exception {
        WebSession teacher = WebSession.signedIn("g3.teacher");
        assertEquals(200, teacher.get("/library/catalogue.xhtml").status());
        assertEquals(200, ApiCalls.get("/api/me", "g3.teacher", null).statusCode());

        HttpResponse<String> scraped = metrics("Bearer " + TOKEN);
        assertEquals(200, scraped.statusCode(), scraped.body());
        assertTrue(scraped.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"),
                scraped.headers().toString());
        String text = scraped.body();
        assertTrue(count(text, "/library/catalogue.xhtml", "GET") >= 1, text);
        assertTrue(count(text, "/api/me", "GET") >= 1, "an API call counts under its template");
        assertTrue(Pattern.compile("(?m)^cabinet_sessions_active\\{[^}]*} [0-9.]+$").matcher(text).find(), text);
        assertTrue(Pattern.compile("(?m)^cabinet_notifications_unread\\{[^}]*} [0-9.]+$").matcher(text).find(), text);
        Matcher pool = Pattern.compile("(?m)^cabinet_pool_connections_open\\{[^}]*} ([0-9.]+)$").matcher(text);
        assertTrue(pool.find(), text);
        double open = Double.parseDouble(pool.group(1));
        assertTrue(open >= 1 && open <= 32, "the pool holds between one and its maximum: " + open);

        // the search index follows the cluster's change log every two seconds: never far behind on a live server
        Matcher lag = Pattern.compile("(?m)^cabinet_search_index_lag_seconds\\{[^}]*} ([0-9.E]+)$").matcher(text);
        assertTrue(lag.find(), text);
        assertTrue(Double.parseDouble(lag.group(1)) < 60, "the index follows its change log: " + lag.group());
        // the orphan sweep ran at start, in this cluster of one: its last run is a moment of the server's life
        Matcher sweep = Pattern.compile("(?m)^cabinet_routine_OrphanSweep_last_finished_seconds\\{[^}]*} ([0-9.E]+)$")
                .matcher(text);
        assertTrue(sweep.find(), text);
        double finished = Double.parseDouble(sweep.group(1));
        double now = System.currentTimeMillis() / 1000.0;
        assertTrue(finished > now - 6 * 3600 && finished <= now + 60, "the sweep's last run: " + sweep.group());
        assertTrue(text.contains("cabinet_routine_DailyRecount_last_finished_seconds"), "every routine is watched");
    }

    @Test
    void aMaterialsFileCountsUnderItsTemplateNotUnderEachId() throws Exception {
        ApiCalls.get("/api/materials/987654321", "g3.teacher", null);
        String text = metrics("Bearer " + TOKEN).body();
        assertFalse(text.contains("987654321"), "no timer per id");
    }

    @Test
    void everyResponseCarriesTheRequestIdTheCallersOwnWhenValid() throws Exception {
        HttpResponse<String> given = HTTP.send(HttpRequest.newBuilder(URI.create(Browser.BASE + "/login.xhtml"))
                .header("X-Request-Id", "lb-4f2a9c1e-77").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("lb-4f2a9c1e-77", given.headers().firstValue("X-Request-Id").orElse(null));

        HttpResponse<String> invalid = HTTP.send(HttpRequest.newBuilder(URI.create(Browser.BASE + "/login.xhtml"))
                .header("X-Request-Id", "x\" level=SEVERE").GET().build(), HttpResponse.BodyHandlers.ofString());
        String generated = invalid.headers().firstValue("X-Request-Id").orElse("");
        assertTrue(generated.matches("[0-9a-f]{24}"), generated);

        HttpResponse<String> api = ApiCalls.get("/api/me", "s12.teacher", null);
        String other = api.headers().firstValue("X-Request-Id").orElse("");
        assertTrue(other.matches("[0-9a-f]{24}"), other);
        assertNotEquals(generated, other);
    }

    /** The count of the request timer for a route and method, 0 when it is not there. */
    static double count(String text, String route, String method) {
        Matcher m = Pattern.compile("(?m)^cabinet_requests_seconds_count\\{([^}]*)} ([0-9.E]+)$").matcher(text);
        double total = 0;
        while (m.find()) {
            if (m.group(1).contains("route=\"" + route + "\"") && m.group(1).contains("method=\"" + method + "\"")) {
                total += Double.parseDouble(m.group(2));
            }
        }
        return total;
    }

    private static HttpResponse<String> metrics(String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Browser.BASE + "/metrics")).GET()
                .timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
