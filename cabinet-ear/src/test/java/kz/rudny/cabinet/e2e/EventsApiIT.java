package kz.rudny.cabinet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;

/**
 * The events API under /api/events, over HTTP with HTTP Basic: an organiser makes and publishes events through
 * the API itself; teachers of three schools list, read, register, wait, cancel and list their registrations;
 * another school's own event is 404; refused input is 422 by field in Kazakh or Russian; and twenty teachers
 * registering at the same moment for five places get exactly five places and a queue of fifteen in order, with
 * no error and no duplicate.
 */
class EventsApiIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    /** Selenium's JSON reader, already on the test class path. */
    private static final Json JSON = new Json();
    private static final String ORGANISER = "g3.methodologist";

    // ---------------------------------------------------------------- create, publish, read, register, cancel

    @Test
    void anOpenEventIsMadeReadRegisteredForWaitedForAndCancelledByTeachersOfThreeSchools() throws Exception {
        HttpResponse<String> created = send(request("/api/events", ORGANISER, "kk").header("Content-Type",
                "application/json").POST(HttpRequest.BodyPublishers.ofString(event("TOWN", 2, "Ашық шеберлік"))));
        assertEquals(201, created.statusCode(), created.body());
        Map<String, Object> draft = json(created);
        long id = number(draft.get("id"));
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/events/" + id));
        assertEquals("DRAFT", draft.get("status"));
        assertEquals(true, draft.get("organising"));
        assertTrue(String.valueOf(draft.get("title")).startsWith("Ашық шеберлік"), draft.toString());

        HttpResponse<String> hiddenDraft = get("/api/events/" + id, "s12.teacher", "ru");
        assertEquals(404, hiddenDraft.statusCode(), "a draft is its organisers' only: " + hiddenDraft.body());
        assertEquals("notFound", json(hiddenDraft).get("error"));

        Map<String, Object> published = json(expect(200, post("/api/events/" + id + "/publication", ORGANISER, null)));
        assertEquals("PUBLISHED", published.get("status"));

        HttpResponse<String> notStaff = post("/api/events/" + id + "/registration", "district.methodologist", "ru");
        assertEquals(422, notStaff.statusCode(), notStaff.body());
        assertEquals("На мероприятия регистрируются сотрудники школ.", json(notStaff).get("message"));

        Map<String, Object> read = json(expect(200, get("/api/events/" + id, "s12.teacher", "ru")));
        assertEquals("TOWN", read.get("audience"));
        assertEquals(2L, number(read.get("capacity")));
        assertEquals(0L, number(read.get("taken")));
        assertEquals(0L, number(read.get("waiting")));
        assertEquals(true, read.get("registrationOpen"));
        assertTrue(read.containsKey("mySeat") && read.get("mySeat") == null, read.toString());
        assertTrue(String.valueOf(read.get("title")).startsWith("Открытый мастер-класс"), "Russian title: " + read);
        assertTrue(String.valueOf(read.get("startsAt")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d)?"),
                "ISO date-time: " + read.get("startsAt"));
        assertTrue(String.valueOf(read.get("registrationClosesAt")).matches("\\d{4}-\\d\\d-\\d\\dT.*"));

        LocalDate day = LocalDate.now().plusDays(10);
        Map<String, Object> list = json(expect(200, get("/api/events?from=" + day.minusDays(1) + "&to=" + day.plusDays(1)
                + "&kind=master_class", "s7.teacher", null)));
        assertTrue(ids(list).contains(id), "an open event is listed for another school: " + list);
        assertEquals(day.minusDays(1).toString(), list.get("from"));
        Map<String, Object> seminars = json(expect(200, get("/api/events?from=" + day.minusDays(1) + "&to="
                + day.plusDays(1) + "&kind=SEMINAR", "s7.teacher", null)));
        assertFalse(ids(seminars).contains(id), "filtered by kind");

        Map<String, Object> first = json(expect(201, post("/api/events/" + id + "/registration", "s12.teacher", "ru")));
        assertEquals("REGISTERED", first.get("status"));
        assertNull(first.get("position"));
        assertEquals(id, number(first.get("eventId")));

        HttpResponse<String> twice = post("/api/events/" + id + "/registration", "s12.teacher", "ru");
        assertEquals(422, twice.statusCode(), twice.body());
        assertEquals("Вы уже зарегистрированы (или в листе ожидания).", json(twice).get("message"));

        assertEquals("REGISTERED", json(expect(201, post("/api/events/" + id + "/registration", "g3.teacher", "kk")))
                .get("status"));
        Map<String, Object> waiting = json(expect(201, post("/api/events/" + id + "/registration", "s7.teacher", null)));
        assertEquals("WAITING", waiting.get("status"));
        assertEquals(1L, number(waiting.get("position")));

        Map<String, Object> mine = mineFor("s7.teacher", id);
        assertEquals("WAITING", mine.get("status"));
        assertEquals(1L, number(mine.get("position")));
        assertEquals("PUBLISHED", mine.get("eventStatus"));

        HttpResponse<String> cancelled = delete("/api/events/" + id + "/registration", "s12.teacher", "ru");
        assertEquals(204, cancelled.statusCode(), cancelled.body());
        assertEquals("REGISTERED", mineFor("s7.teacher", id).get("status"), "the first waiting moved up");
        assertNull(mineFor("s12.teacher", id), "a cancelled registration is not listed");
        Map<String, Object> after = json(expect(200, get("/api/events/" + id, "s7.teacher", null)));
        assertEquals(2L, number(after.get("taken")));
        assertEquals(0L, number(after.get("waiting")));
        assertEquals("REGISTERED", after.get("mySeat"));

        HttpResponse<String> again = delete("/api/events/" + id + "/registration", "s12.teacher", "kk");
        assertEquals(422, again.statusCode(), again.body());
        assertEquals("invalid", json(again).get("error"));
        assertTrue(problemFields(again).contains("activity"), again.body());
    }

    @Test
    void aSchoolsOwnEventDoesNotExistForAnotherSchool() throws Exception {
        long id = published("SCHOOL", 10, "Мектеп семинары");
        HttpResponse<String> other = get("/api/events/" + id, "s12.teacher", "ru");
        assertEquals(404, other.statusCode(), other.body());
        assertEquals("Такой записи нет, или она вам недоступна.", json(other).get("message"));
        HttpResponse<String> register = post("/api/events/" + id + "/registration", "s12.teacher", "ru");
        assertEquals(404, register.statusCode(), register.body());
        assertFalse(ids(json(expect(200, get("/api/events", "s12.teacher", null)))).contains(id));

        assertTrue(ids(json(expect(200, get("/api/events", "g3.head", null)))).contains(id), "its own school sees it");
        assertEquals("REGISTERED", json(expect(201, post("/api/events/" + id + "/registration", "g3.head", null)))
                .get("status"));
    }

    // ---------------------------------------------------------------- refused input

    @Test
    void badParametersAndBodiesAreRefusedByFieldInTheCallersLanguage() throws Exception {
        HttpResponse<String> badDay = get("/api/events?from=2026-13-01", "s12.teacher", "ru");
        assertEquals(422, badDay.statusCode(), badDay.body());
        assertEquals(List.of("from"), problemFields(badDay));
        assertEquals("Введите дату в виде ГГГГ-ММ-ДД, например 2026-12-07.", json(badDay).get("message"));

        HttpResponse<String> badKind = get("/api/events?kind=party", "g3.teacher", "kk");
        assertEquals(422, badKind.statusCode(), badKind.body());
        assertEquals(List.of("kind"), problemFields(badKind));
        assertTrue(String.valueOf(json(badKind).get("message")).startsWith("Белгісіз мән. Мүмкін мәндер: MASTER_CLASS"),
                badKind.body());

        HttpResponse<String> backwards = get("/api/events?from=2026-12-10&to=2026-12-01", "g3.teacher", "kk");
        assertEquals(422, backwards.statusCode(), backwards.body());
        assertEquals(List.of("to"), problemFields(backwards));
        assertEquals("Соңғы күн бірінші күннен бұрын тұр.", json(backwards).get("message"));

        HttpResponse<String> empty = send(request("/api/events", ORGANISER, "kk").header("Content-Type",
                "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"titleKk\":\"Бос\"}")));
        assertEquals(422, empty.statusCode(), empty.body());
        List<String> fields = problemFields(empty);
        for (String field : List.of("kind", "startsAt", "endsAt", "capacity")) {
            assertTrue(fields.contains(field), field + " must be refused: " + empty.body());
        }
        assertTrue(empty.body().contains("Бұл өрісті толтырыңыз."), "Kazakh: " + empty.body());

        HttpResponse<String> badTime = send(request("/api/events", ORGANISER, "ru").header("Content-Type",
                "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"kind\":\"SEMINAR\",\"startsAt\":\"завтра\"}")));
        assertEquals(422, badTime.statusCode(), badTime.body());
        assertEquals(List.of("startsAt"), problemFields(badTime));
        assertTrue(String.valueOf(json(badTime).get("message")).startsWith("Введите дату и время"), badTime.body());

        HttpResponse<String> notOrganiser = send(request("/api/events", "s12.teacher", "ru").header("Content-Type",
                "application/json").POST(HttpRequest.BodyPublishers.ofString(event("SCHOOL", 5, "Не мой"))));
        assertEquals(422, notOrganiser.statusCode(), "a teacher makes no events: " + notOrganiser.body());
        assertEquals("invalid", json(notOrganiser).get("error"));

        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(uri("/api/events")).GET());
        assertEquals(401, anonymous.statusCode(), anonymous.body());
    }

    // ---------------------------------------------------------------- a race for the places

    @Test
    void twentyTeachersRegisteringAtOnceForFivePlacesGetFivePlacesAndAnOrderedQueue() throws Exception {
        int capacity = 5;
        long id = published("TOWN", capacity, "Жарыс");
        List<String> people = new ArrayList<>();
        for (String school : List.of("g3", "s12", "s7")) {
            IntStream.rangeClosed(1, 6).forEach(n -> people.add(school + ".t0" + n));
        }
        people.add("g3.young2");
        people.add("s12.young2");

        Map<String, HttpResponse<String>> answers = burst(people, "/api/events/" + id + "/registration");
        List<String> registered = new ArrayList<>();
        Map<String, Integer> positions = new HashMap<>();
        for (Map.Entry<String, HttpResponse<String>> a : answers.entrySet()) {
            HttpResponse<String> r = a.getValue();
            assertEquals(201, r.statusCode(), a.getKey() + ": " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            Map<String, Object> seat = json(r);
            if ("REGISTERED".equals(seat.get("status"))) {
                registered.add(a.getKey());
            } else {
                assertEquals("WAITING", seat.get("status"), r.body());
                positions.put(a.getKey(), (int) number(seat.get("position")));
            }
        }
        int queue = people.size() - capacity;
        assertEquals(capacity, registered.size(), "exactly the places: " + registered);
        assertEquals(IntStream.rangeClosed(1, queue).boxed().toList(),
                positions.values().stream().sorted().toList(), "positions 1.." + queue + ", each once");

        for (String person : people) {
            Map<String, Object> mine = mineFor(person, id);
            if (registered.contains(person)) {
                assertEquals("REGISTERED", mine.get("status"), person);
            } else {
                assertEquals("WAITING", mine.get("status"), person);
                assertEquals((long) positions.get(person), number(mine.get("position")),
                        person + " keeps the place in the queue given when registering");
            }
        }
        Map<String, Object> event = json(expect(200, get("/api/events/" + id, ORGANISER, null)));
        assertEquals((long) capacity, number(event.get("taken")));
        assertEquals((long) queue, number(event.get("waiting")));

        // everyone again at once: every one refused as already registered, nothing counted twice
        Map<String, HttpResponse<String>> again = burst(people, "/api/events/" + id + "/registration");
        for (Map.Entry<String, HttpResponse<String>> a : again.entrySet()) {
            assertEquals(422, a.getValue().statusCode(), a.getKey() + ": " + a.getValue().body());
            assertEquals("invalid", json(a.getValue()).get("error"));
        }
        Map<String, Object> still = json(expect(200, get("/api/events/" + id, ORGANISER, null)));
        assertEquals((long) capacity, number(still.get("taken")));
        assertEquals((long) queue, number(still.get("waiting")));
    }

    @Test
    void manyPeoplePressingRegisterOnThePageAtOnceGetExactlyThePlacesAndTheRestAPlaceInTheQueue() throws Exception {
        int capacity = 3;
        long id = published("TOWN", capacity, "Бет арқылы жарыс");
        List<String> people = List.of("s12.t01", "s12.t02", "s12.t03", "s12.t04", "s7.t01", "s7.t02", "s7.t03",
                "s7.t04", "g3.t05", "g3.t06");
        String path = "/events/activity.xhtml?id=" + id;
        Map<String, WebSession> sessions = new HashMap<>();
        Map<String, WebSession.Page> pages = new HashMap<>();
        for (String person : people) {
            WebSession session = WebSession.signedIn(person);
            sessions.put(person, session);
            pages.put(person, session.get(path));
            assertTrue(pages.get(person).body().contains("registering:register"), person + " sees the button");
        }
        CyclicBarrier start = new CyclicBarrier(people.size());
        ExecutorService pool = Executors.newFixedThreadPool(people.size());
        Map<String, WebSession.Page> answers = new HashMap<>();
        try {
            Map<String, Future<WebSession.Page>> asked = new HashMap<>();
            for (String person : people) {
                asked.put(person, pool.submit(() -> {
                    start.await(60, TimeUnit.SECONDS);
                    return sessions.get(person).press(path, pages.get(person), "registering", "register", Map.of());
                }));
            }
            for (Map.Entry<String, Future<WebSession.Page>> f : asked.entrySet()) {
                answers.put(f.getKey(), f.getValue().get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        int placed = 0;
        for (Map.Entry<String, WebSession.Page> a : answers.entrySet()) {
            WebSession.Page page = a.getValue();
            assertEquals(200, page.status(), a.getKey() + " gets the page again, never an error page");
            assertTrue(page.body().contains("registering:cancelRegistration"), a.getKey() + " holds a place or waits");
            placed += page.body().contains("id=\"mySeat\"") && !page.body().matches("(?s).*id=\"mySeat\">[^<]*\\d.*")
                    ? 1 : 0;
        }
        assertEquals(capacity, placed, "exactly the places, told so on the page");
        Map<String, Object> event = json(expect(200, get("/api/events/" + id, ORGANISER, null)));
        assertEquals((long) capacity, number(event.get("taken")));
        assertEquals((long) (people.size() - capacity), number(event.get("waiting")));
        Set<Long> positions = new HashSet<>();
        for (String person : people) {
            Map<String, Object> mine = mineFor(person, id);
            if ("WAITING".equals(mine.get("status"))) {
                assertTrue(positions.add(number(mine.get("position"))), "each place in the queue once: " + person);
            }
        }
        assertEquals(people.size() - capacity, positions.size());
    }

    /** Everyone posts to the path at the same moment; answers by person. */
    private static Map<String, HttpResponse<String>> burst(List<String> people, String path) throws Exception {
        CyclicBarrier start = new CyclicBarrier(people.size());
        ExecutorService pool = Executors.newFixedThreadPool(people.size());
        try {
            Map<String, Future<HttpResponse<String>>> asked = new HashMap<>();
            for (String person : people) {
                asked.put(person, pool.submit(() -> {
                    start.await(60, TimeUnit.SECONDS);
                    return post(path, person, "ru");
                }));
            }
            Map<String, HttpResponse<String>> answers = new HashMap<>();
            for (Map.Entry<String, Future<HttpResponse<String>>> f : asked.entrySet()) {
                answers.put(f.getKey(), f.getValue().get(120, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    // ---------------------------------------------------------------- helpers

    /** An event of the organiser's school ten days on, registration open since yesterday; published. */
    private static long published(String audience, int capacity, String title) throws Exception {
        HttpResponse<String> created = send(request("/api/events", ORGANISER, null).header("Content-Type",
                "application/json").POST(HttpRequest.BodyPublishers.ofString(event(audience, capacity, title))));
        long id = number(json(expect(201, created)).get("id"));
        expect(200, post("/api/events/" + id + "/publication", ORGANISER, null));
        return id;
    }

    static String event(String audience, int capacity, String title) {
        LocalDate day = LocalDate.now().plusDays(10);
        String unique = " " + System.nanoTime();
        return "{\"kind\":\"master_class\",\"audience\":\"" + audience + "\",\"titleKk\":\"" + title + unique
                + "\",\"titleRu\":\"Открытый мастер-класс" + unique + "\",\"startsAt\":\"" + day + "T10:00\","
                + "\"endsAt\":\"" + day + "T12:00\",\"place\":\"Акт залы\",\"capacity\":" + capacity + ","
                + "\"registrationOpensAt\":\"" + LocalDate.now().minusDays(2) + "T09:00\","
                + "\"registrationClosesAt\":\"" + day.minusDays(1) + "T18:00\",\"presenters\":[\"Қонақ Сәуле\"]}";
    }

    /** The caller's registration for the event in their list, or null. */
    private static Map<String, Object> mineFor(String user, long id) throws Exception {
        Map<String, Object> mine = json(expect(200, get("/api/events/registrations/mine", user, null)));
        List<?> items = (List<?>) mine.get("items");
        assertEquals(number(mine.get("total")), items.size());
        Set<Long> seen = new HashSet<>();
        Map<String, Object> found = null;
        for (Object item : items) {
            @SuppressWarnings("unchecked")
            Map<String, Object> r = (Map<String, Object>) item;
            assertTrue(seen.add(number(r.get("eventId"))), "one registration per event: " + mine);
            if (number(r.get("eventId")) == id) {
                found = r;
            }
        }
        return found;
    }

    private static List<Long> ids(Map<String, Object> list) {
        return ((List<?>) list.get("items")).stream().map(i -> number(((Map<?, ?>) i).get("id"))).toList();
    }

    private static List<String> problemFields(HttpResponse<String> response) {
        return ((List<?>) json(response).get("problems")).stream().map(p -> String.valueOf(((Map<?, ?>) p).get("field")))
                .toList();
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return response;
    }

    private static HttpRequest.Builder request(String path, String user, String language) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Authorization", basic(user));
        return language == null ? b : b.header("Accept-Language", language);
    }

    private static HttpResponse<String> get(String path, String user, String language) throws Exception {
        return send(request(path, user, language).GET());
    }

    private static HttpResponse<String> post(String path, String user, String language) throws Exception {
        return send(request(path, user, language).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private static HttpResponse<String> delete(String path, String user, String language) throws Exception {
        return send(request(path, user, language).DELETE());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(90)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static URI uri(String path) {
        return URI.create(Browser.BASE + path);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + Browser.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(HttpResponse<String> response) {
        return JSON.toType(response.body(), Map.class);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
