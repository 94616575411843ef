package kz.rudny.cabinet.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.openqa.selenium.json.Json;

/**
 * The events benchmark (not a test; {@code ./cabinet bench-events}): a district event with 100 places, and 1,000
 * teachers of the benchmark schools ({@code bench.0001}…, the demo data with {@code cabinet.demo.bench-teachers})
 * registering for it through the API from 200 concurrent clients, each its own HTTP/1.1 connection. In the same run
 * and the same way, 1,000 calls of the trivial signed-in endpoint {@code GET /api/me} before and after: both pay
 * the same sign-in (HTTP Basic, a PBKDF2 hash per request), so the ratio shows what registering adds.
 *
 * <p>It then checks what the server did: exactly 100 places, 900 waiting, every waiting position 1…900 once, no
 * error, the positions in arrival order (whenever one answer came back before another request was sent, the
 * first has the lower position), and the event's own counts; a second registration by the same people is
 * refused and changes nothing. Any failed check ends the run with status 1.
 *
 * <p>Options (system properties): {@code bench.url} (default http://localhost:27080), {@code bench.clients}
 * (200), {@code bench.registrations} (1000), {@code bench.capacity} (100).
 */
public final class EventRegistrationBenchmark {

    private static final String PASSWORD = "Rudny-2026";
    private static final Json JSON = new Json();

    private final String base = System.getProperty("bench.url", "http://localhost:27080");
    private final int clients = Integer.getInteger("bench.clients", 200);
    private final int people = Integer.getInteger("bench.registrations", 1000);
    private final int capacity = Integer.getInteger("bench.capacity", 100);
    private final List<String> failures = new ArrayList<>();
    /** One HTTP client per concurrent client, kept for the whole run as a browser or an app would keep it. */
    private final List<HttpClient> connections = new ArrayList<>();

    /** One request's outcome: when it was sent and answered (nanoTime), its status (0: no answer) and body. */
    record Call(int person, long sent, long answered, int status, String body) {
        double millis() {
            return (answered - sent) / 1e6;
        }
    }

    public static void main(String[] args) throws Exception {
        System.exit(new EventRegistrationBenchmark().run() ? 0 : 1);
    }

    boolean run() throws Exception {
        System.out.printf("Events benchmark against %s: %d registrations from %d clients for %d places%n", base,
                people, clients, capacity);
        for (int c = 0; c < clients; c++) {
            connections.add(client());
        }
        long event = districtEvent();
        System.out.println("District event " + event + " published; warming up");
        phase("warm-up", i -> get("/api/me", user(i % people + 1)), clients);

        int trivial = people / 2;
        List<Call> trivialBefore = phase("GET /api/me (1)", i -> get("/api/me", user(i + 1)), trivial);
        long start = System.nanoTime();
        List<Call> registrations = phase("POST registration", i -> post("/api/events/" + event + "/registration",
                user(i + 1)), people);
        double registrationSeconds = (System.nanoTime() - start) / 1e9;
        List<Call> trivialAfter = phase("GET /api/me (2)", i -> get("/api/me", user(people - i)), trivial);

        for (Call c : concat(trivialBefore, trivialAfter)) {
            if (c.status() != 200) {
                failures.add("GET /api/me: " + c.status() + " " + c.body());
            }
        }
        checkOutcome(event, registrations);
        checkSecondTries(event);

        System.out.println();
        System.out.println("| | requests | errors | throughput | p50 | p95 | p99 |");
        System.out.println("|---|---|---|---|---|---|---|");
        Stats before = Stats.of(trivialBefore);
        Stats reg = Stats.of(registrations);
        Stats after = Stats.of(trivialAfter);
        before.print("trivial `GET /api/me`, before");
        reg.print("registration `POST /api/events/{id}/registration`");
        after.print("trivial `GET /api/me`, after");
        double trivialThroughput = (before.throughput + after.throughput) / 2;
        System.out.printf("%nRegistration against the trivial endpoint: throughput %.2f×, p50 %.2f×, p95 %.2f×, "
                        + "p99 %.2f× (all %d registrations in %.1f s)%n", reg.throughput / trivialThroughput,
                reg.p50 / ((before.p50 + after.p50) / 2), reg.p95 / ((before.p95 + after.p95) / 2),
                reg.p99 / ((before.p99 + after.p99) / 2), registrations.size(), registrationSeconds);
        if (failures.isEmpty()) {
            System.out.println("Checks: all passed");
            return true;
        }
        System.out.println("Checks FAILED (" + failures.size() + "; the first 20):");
        failures.stream().limit(20).forEach(f -> System.out.println("  " + f));
        return false;
    }

    /** A district seminar open to every school, registration open now, made and published by the API. */
    private long districtEvent() throws Exception {
        LocalDate day = LocalDate.now().plusDays(14);
        String body = "{\"kind\":\"SEMINAR\",\"titleKk\":\"Бенчмарк семинары " + System.currentTimeMillis()
                + "\",\"titleRu\":\"Семинар для замера\",\"startsAt\":\"" + day + "T10:00\",\"endsAt\":\"" + day
                + "T13:00\",\"place\":\"Білім бөлімі, мәжіліс залы\",\"capacity\":" + capacity
                + ",\"registrationOpensAt\":\"" + LocalDateTime.now().minusDays(1).truncatedTo(ChronoUnit.MINUTES)
                + "\",\"registrationClosesAt\":\"" + day.minusDays(1) + "T18:00\"}";
        HttpResponse<String> created = send(request("/api/events", "district.methodologist")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)), client());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("The district event was not created: " + created.statusCode() + " "
                    + created.body());
        }
        Map<?, ?> draft = JSON.toType(created.body(), Map.class);
        long id = ((Number) draft.get("id")).longValue();
        HttpResponse<String> published = send(request("/api/events/" + id + "/publication", "district.methodologist")
                .POST(HttpRequest.BodyPublishers.noBody()), client());
        if (published.statusCode() != 200) {
            throw new IllegalStateException("Not published: " + published.statusCode() + " " + published.body());
        }
        return id;
    }

    interface Work {
        HttpRequest.Builder request(int i);
    }

    /**
     * Runs {@code count} requests from {@code clients} threads, each with a client (connection) of its own, all
     * released together; request i goes to the client that is free first.
     */
    private List<Call> phase(String name, Work work, int count) throws Exception {
        ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            HttpClient http = connections.get(c);
            Thread t = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    HttpRequest.Builder r = work.request(i);
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<String> answer = send(r, http);
                        calls.add(new Call(i + 1, sent, System.nanoTime(), answer.statusCode(), answer.body()));
                    } catch (Exception e) {
                        calls.add(new Call(i + 1, sent, System.nanoTime(), 0, String.valueOf(e)));
                    }
                }
            }, "client-" + c);
            t.start();
            threads.add(t);
        }
        long start = System.nanoTime();
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        System.out.printf("  %-22s %d requests in %.1f s, %d without an answer%n", name, calls.size(),
                (System.nanoTime() - start) / 1e9, calls.stream().filter(c -> c.status() == 0).count());
        return new ArrayList<>(calls);
    }

    private void checkOutcome(long event, List<Call> registrations) throws Exception {
        int registered = 0;
        List<Call> waiting = new ArrayList<>();
        for (Call c : registrations) {
            if (c.status() != 201) {
                failures.add("registration of " + user(c.person()) + ": " + c.status() + " " + c.body());
                continue;
            }
            Map<?, ?> seat = JSON.toType(c.body(), Map.class);
            if ("REGISTERED".equals(seat.get("status"))) {
                registered++;
            } else if ("WAITING".equals(seat.get("status"))) {
                waiting.add(new Call(((Number) seat.get("position")).intValue(), c.sent(), c.answered(), 201, c.body()));
            } else {
                failures.add("unexpected answer: " + c.body());
            }
        }
        expect("places taken", capacity, registered);
        expect("waiting", people - capacity, waiting.size());
        int[] positions = waiting.stream().mapToInt(Call::person).sorted().toArray();
        for (int i = 0; i < positions.length; i++) {
            if (positions[i] != i + 1) {
                failures.add("waiting positions are not 1…" + positions.length + " once each: "
                        + Arrays.toString(Arrays.copyOfRange(positions, Math.max(0, i - 2), Math.min(positions.length, i + 3))));
                break;
            }
        }
        // Arrival order: an answer that came back before another request was sent must hold the lower position.
        waiting.sort((a, b) -> Long.compare(a.answered(), b.answered()));
        long inversions = 0;
        for (Call earlier : waiting) {
            for (Call later : waiting) {
                if (earlier.answered() < later.sent() && earlier.person() > later.person()) {
                    inversions++;
                }
            }
        }
        expect("waiting positions out of arrival order", 0, inversions);
        Map<?, ?> read = JSON.toType(send(request("/api/events/" + event, "district.methodologist").GET(), client())
                .body(), Map.class);
        expect("the event's places taken", capacity, ((Number) read.get("taken")).intValue());
        expect("the event's queue", people - capacity, ((Number) read.get("waiting")).intValue());
    }

    /** Ten people try again: each is refused (422), and the counts stay. */
    private void checkSecondTries(long event) throws Exception {
        HttpClient http = client();
        for (int i = 1; i <= people; i += Math.max(1, people / 10)) {
            HttpResponse<String> again = send(post("/api/events/" + event + "/registration", user(i)), http);
            expect("a second registration of " + user(i), 422, again.statusCode());
        }
        Map<?, ?> read = JSON.toType(send(request("/api/events/" + event, "district.methodologist").GET(), http)
                .body(), Map.class);
        expect("places taken after second tries", capacity, ((Number) read.get("taken")).intValue());
        expect("queue after second tries", people - capacity, ((Number) read.get("waiting")).intValue());
    }

    private static List<Call> concat(List<Call> a, List<Call> b) {
        List<Call> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private void expect(String what, long wanted, long got) {
        if (wanted != got) {
            failures.add(what + ": expected " + wanted + ", got " + got);
        }
    }

    private static String user(int n) {
        return String.format("bench.%04d", n);
    }

    private HttpRequest.Builder get(String path, String user) {
        return request(path, user).GET();
    }

    private HttpRequest.Builder post(String path, String user) {
        return request(path, user).POST(HttpRequest.BodyPublishers.noBody());
    }

    private HttpRequest.Builder request(String path, String user) {
        String token = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Basic " + token).header("Accept", "application/json");
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(30))
                .build();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, HttpClient http) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Throughput over the phase (first send to last answer) and latency percentiles (nearest rank). */
    record Stats(int count, long errors, double throughput, double p50, double p95, double p99) {
        static Stats of(List<Call> calls) {
            double[] ms = calls.stream().mapToDouble(Call::millis).sorted().toArray();
            long first = calls.stream().mapToLong(Call::sent).min().orElse(0);
            long last = calls.stream().mapToLong(Call::answered).max().orElse(1);
            long errors = calls.stream().filter(c -> c.status() >= 300 || c.status() == 0).count();
            return new Stats(ms.length, errors, ms.length / ((last - first) / 1e9), pct(ms, 50), pct(ms, 95), pct(ms, 99));
        }

        private static double pct(double[] sorted, int p) {
            return sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
        }

        void print(String name) {
            System.out.printf("| %s | %d | %d | %.1f/s | %.0f ms | %.0f ms | %.0f ms |%n", name, count, errors,
                    throughput, p50, p95, p99);
        }
    }
}
