package kz.rudny.cabinet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.json.Json;

/**
 * The cabinet on two Payara instances behind HAProxy over one PostgreSQL ({@code ./cabinet cluster-test}, which
 * starts the cluster, runs this class and removes the cluster; not part of {@code mvn verify}: the name ends in
 * neither Test nor IT). {@code cluster.instances} names the instances' own addresses, {@code e2e.baseUrl} the
 * balancer's, {@code cluster.script} the script that kills an instance. The session test kills an instance, so it
 * runs last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstances {

    private static final List<String> INSTANCES = List.of(System.getProperty("cluster.instances",
            "http://localhost:34180,http://localhost:34280").split(","));
    private static final String SCRIPT = System.getProperty("cluster.script", "cluster/cluster.sh");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private static final Json JSON = new Json();

    /** The instance the session test killed (-1: none). */
    private static int killed = -1;

    @Test
    @Order(1)
    void aMaterialApprovedThroughOneInstanceIsFoundBySearchThroughTheOtherWithinSeconds() throws Exception {
        String word = approvedMaterial(INSTANCES.get(0));
        assertFoundWithinSeconds(INSTANCES.get(1), word, 10);
    }

    @Test
    @Order(2)
    void theLastPlaceOfAnEventIsGivenOnceWhenBothInstancesTakeTheRequests() throws Exception {
        HttpResponse<String> created = send(request(INSTANCES.get(0), "/api/events", "g3.methodologist")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(EventsApiIT.event("TOWN", 1, "Кластер жарысы"))));
        assertEquals(201, created.statusCode(), created.body());
        long id = ((Number) json(created).get("id")).longValue();
        HttpResponse<String> published = call(INSTANCES.get(1), "/api/events/" + id + "/publication",
                "g3.methodologist", true);
        assertEquals(200, published.statusCode(), published.body());

        List<String> people = List.of("g3.t01", "s12.t01", "s7.t01", "g3.t02", "s12.t02", "s7.t02");
        CyclicBarrier start = new CyclicBarrier(people.size());
        List<CompletableFuture<HttpResponse<String>>> asked = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            String person = people.get(i);
            String instance = INSTANCES.get(i % 2);
            asked.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await(60, TimeUnit.SECONDS);
                    return call(instance, "/api/events/" + id + "/registration", person, true);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        int registered = 0;
        int waiting = 0;
        StringBuilder answers = new StringBuilder();
        for (CompletableFuture<HttpResponse<String>> a : asked) {
            HttpResponse<String> r = a.get(120, TimeUnit.SECONDS);
            answers.append(r.statusCode()).append(' ').append(r.body()).append('\n');
            assertEquals(201, r.statusCode(), r.body());
            Object status = json(r).get("status");
            registered += "REGISTERED".equals(status) ? 1 : 0;
            waiting += "WAITING".equals(status) ? 1 : 0;
        }
        assertEquals(1, registered, () -> "exactly one place given: " + answers);
        assertEquals(people.size() - 1, waiting, () -> "every other one told their place in the queue: " + answers);
        Map<String, Object> event = json(call(INSTANCES.get(0), "/api/events/" + id, "g3.methodologist", false));
        assertEquals(1L, ((Number) event.get("taken")).longValue());
    }

    @Test
    @Order(3)
    void theLastCopyOfABookIsLentOnceWhenBothInstancesTakeTheRequests() throws Exception {
        String page;
        try (Browser desk = new Browser()) {
            desk.signIn("s7.methodologist");
            page = LibraryJourneyIT.catalogue(desk, "Кластер кітабы " + (System.currentTimeMillis() % 10000),
                    "CL-" + (System.currentTimeMillis() % 1000000));
        }
        List<WebSession> desks = List.of(WebSession.signedIn(INSTANCES.get(0), "s7.methodologist"),
                WebSession.signedIn(INSTANCES.get(1), "s7.methodologist"));
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
                    start.await(60, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return desks.get(k).press(page, loaded.get(k), "copies", "table:0:issue",
                        Map.of("copies:borrowerId_input", borrowers.get(k)));
            }));
        }
        int lent = 0;
        int refused = 0;
        for (CompletableFuture<WebSession.Page> f : presses) {
            WebSession.Page answer = f.get(120, TimeUnit.SECONDS);
            lent += answer.body().contains("Дана берілді.") ? 1 : 0;
            refused += answer.status() == 200 && (answer.body().contains("жаңа ғана басқа оқырманға берілді")
                    || answer.body().contains("дәл сол сәтте біреу өзгертті")) ? 1 : 0;
        }
        assertEquals(1, lent, "exactly one desk lent the copy");
        assertEquals(1, refused, "the other desk was told why not");
    }

    @Test
    @Order(4)
    void aSessionSurvivesTheKillOfTheInstanceThatServedItWithTheFormsInput() throws Exception {
        WebSession person = WebSession.signedIn(Browser.BASE, "s12.teacher");
        String form = "/library/material-edit.xhtml";
        WebSession.Page filling = person.get(form);
        assertEquals(200, filling.status());
        String served = person.cookie("CABINET_NODE");
        int index = List.of("cabinet-1", "cabinet-2").indexOf(served);
        assertTrue(index >= 0, "the balancer's cookie names the instance: " + served);

        Process kill = new ProcessBuilder(SCRIPT, "kill", Integer.toString(index)).inheritIO().start();
        assertEquals(0, kill.waitFor());
        killed = index;

        String title = "Незаконченная форма " + letters(System.nanoTime());
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("material:titleKk", "");
        typed.put("material:titleRu", title);
        WebSession.Page after = person.press(form, filling, "material", "save", typed);
        assertFalse(after.status() == 302 && after.location().contains("login"), "still signed in");
        assertEquals(200, after.status(), () -> "the form's view was found on the other instance: " + after.body());
        assertTrue(after.body().contains(title), "the typed title is kept on the page");
        assertFalse(served.equals(person.cookie("CABINET_NODE")), "the other instance answered");
        WebSession.Page home = person.get("/index.xhtml");
        assertEquals(200, home.status(), "still signed in: " + home.location());
    }

    @Test
    @Order(5)
    @Tag("long")
    void aKilledInstanceStartedAgainFindsWhatWasApprovedWhileItWasDown() throws Exception {
        assumeTrue(killed >= 0, "the session test killed an instance");
        String word = approvedMaterial(INSTANCES.get(1 - killed));
        Process start = new ProcessBuilder(SCRIPT, "start-instance", Integer.toString(killed)).inheritIO().start();
        assertEquals(0, start.waitFor());
        // a server just started applies the log at its first turns, while it is still slow (cold)
        assertFoundWithinSeconds(INSTANCES.get(killed), word, 30);
    }

    // ---------------------------------------------------------------- helpers

    /** A material of g3 created, submitted and approved through the instance; the unusual word of its title. */
    private static String approvedMaterial(String instance) throws Exception {
        String word = "кластер" + letters(System.nanoTime());
        String metadata = "{\"titleKk\":\"Сынақ " + word + "\",\"type\":\"LESSON_PLAN\",\"language\":\"KK\","
                + "\"academicYear\":2025,\"gradeFrom\":5,\"gradeTo\":5,\"tags\":\"кластер\"}";
        HttpResponse<String> created = createMaterial(instance, "g3.teacher", metadata,
                Files.readAllBytes(Browser.onePagePdf("cluster")));
        assertEquals(201, created.statusCode(), created.body());
        long id = ((Number) json(created).get("id")).longValue();
        HttpResponse<String> submitted = call(instance, "/api/materials/" + id + "/submit", "g3.teacher", true);
        assertTrue(submitted.statusCode() < 300, submitted.body());

        WebSession reviewer = WebSession.signedIn(instance, "g3.methodologist");
        String page = "/library/material.xhtml?id=" + id;
        WebSession.Page approved = reviewer.press(page, reviewer.get(page), "review", "approve", Map.of());
        assertTrue(approved.status() < 400, () -> "approved: " + approved.status());
        assertEquals("PUBLISHED", json(call(instance, "/api/materials/" + id, "g3.teacher", false)).get("status"));
        return word;
    }

    /** The word is found by a search through the instance within {@code limit} seconds (looked for twice as long). */
    private static void assertFoundWithinSeconds(String instance, String word, int limit) throws Exception {
        long start = System.nanoTime();
        long total = 0;
        while (total == 0 && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2L * limit)) {
            HttpResponse<String> found = call(instance, "/api/materials?q=" + word, "g3.teacher", false);
            assertEquals(200, found.statusCode(), found.body());
            total = ((Number) json(found).get("total")).longValue();
            if (total == 0) {
                Thread.sleep(250);
            }
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        assertEquals(1, total, "found through " + instance + " within " + (2 * limit) + " s");
        assertTrue(seconds <= limit, "found after " + seconds + " s");
    }

    /** A word of Latin letters from a number (the search splits words at digits). */
    private static String letters(long n) {
        StringBuilder word = new StringBuilder();
        for (long v = Math.abs(n); v > 0; v /= 26) {
            word.append((char) ('a' + v % 26));
        }
        return word.toString();
    }

    private static HttpRequest.Builder request(String instance, String path, String user) {
        return HttpRequest.newBuilder(URI.create(instance + path)).timeout(Duration.ofSeconds(90))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + Browser.PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    private static HttpResponse<String> call(String instance, String path, String user, boolean post)
            throws Exception {
        HttpRequest.Builder r = request(instance, path, user);
        return send(post ? r.POST(HttpRequest.BodyPublishers.noBody()) : r.GET());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(HttpResponse<String> response) {
        return JSON.toType(response.body(), Map.class);
    }

    private static HttpResponse<String> createMaterial(String instance, String user, String metadata, byte[] pdf)
            throws Exception {
        String boundary = "----cluster" + System.nanoTime();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
                + "Content-Type: application/json; charset=UTF-8\r\n\r\n" + metadata + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cluster.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n";
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[start.length + pdf.length + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        System.arraycopy(pdf, 0, body, start.length, pdf.length);
        System.arraycopy(end, 0, body, start.length + pdf.length, end.length);
        return send(request(instance, "/api/materials", user).header("Content-Type",
                "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }
}
