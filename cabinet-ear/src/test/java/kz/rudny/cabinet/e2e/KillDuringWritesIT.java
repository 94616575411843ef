package kz.rudny.cabinet.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code kill -9} of the server while teachers upload materials and submit them (REST API), the methodologist
 * approves them and lends copies (the real pages, as plain HTTP form posts) and teachers of three schools register
 * for events (REST API), all at once from parallel clients. Every write the server acknowledged is recorded; the
 * server's Java process is killed once each kind has been acknowledged a few times, with requests of every kind in
 * flight; the domain is started again as it was. Then: every acknowledged write is there (materials with their files
 * byte for byte, their submission and approval, registrations, loans); nothing half-written (every material of the
 * run has its files on disk with the recorded size and hash, every file written during the run is named by a record
 * unless its upload was cut off by the kill, every open loan is whole and once per copy, every event's counters
 * agree with its rows); the search index agrees with the database (the run's published materials, and only they,
 * are found by their titles and by a word inside their files, after the index repaired itself at start).
 *
 * <p>A server of its own (domain {@code crash}, embedded Derby; cabinet-ear/pom.xml), so that the shared browser
 * suite's server is never killed. The database is read directly once the server is stopped.
 */
class KillDuringWritesIT {

    private static final OwnTestServer SERVER = new OwnTestServer("crash", "crash", 28400);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private static final List<String> UPLOADERS = List.of("g3.teacher", "g3.young", "g3.young2", "g3.mentor");
    private static final String DESK = "g3.methodologist";
    private static final Pattern ISSUE = Pattern.compile("id=\"copies:table:(\\d+):issue\"");
    private static final Pattern BORROWER = Pattern.compile("<option value=\"(\\d+)\"");

    /** Made up for this run: every material's title carries it, the files a word of their own. */
    private static final String RUN = "апаттансынақ";

    @BeforeAll
    static void start() {
        Assumptions.assumeFalse(Boolean.getBoolean("crash.skipDerby"), "-DskipDerby");
        SERVER.start();
    }

    @AfterAll
    static void stop() {
        if (!Boolean.getBoolean("crash.skipDerby")) {
            SERVER.remove();
        }
    }

    @Test
    void everyAcknowledgedWriteSurvivesAKillNineAndNothingHalfWrittenIsVisible() throws Exception {
        List<Long> events = List.of(publishedEvent(5), publishedEvent(5), publishedEvent(40));
        List<Long> titles = catalogueTitles();
        assertTrue(titles.size() >= 3, "the demo catalogue's titles: " + titles);

        Acknowledged acked = new Acknowledged();
        AtomicBoolean killed = new AtomicBoolean();
        Instant loadStarted = Instant.now().minusSeconds(1);
        List<Thread> clients = new ArrayList<>();
        for (String teacher : UPLOADERS) {
            clients.add(client(killed, () -> upload(teacher, acked)));
        }
        clients.add(client(killed, () -> approveNext(WebSession.signedIn(DESK), acked)));
        for (int i = 0; i < 2; i++) {
            WebSession desk = WebSession.signedIn(DESK);
            int first = i;
            AtomicInteger next = new AtomicInteger(first);
            clients.add(client(killed, () -> lendOne(desk, titles.get(next.getAndAdd(2) % titles.size()), acked)));
        }
        for (String school : List.of("g3", "s12", "s7")) {
            for (int t = 1; t <= 7; t++) {
                String teacher = school + ".t0" + t;
                AtomicInteger event = new AtomicInteger();
                clients.add(client(killed, () -> {
                    int e = event.getAndIncrement();
                    if (e < events.size()) {
                        register(teacher, events.get(e), acked);
                    } else {
                        Thread.sleep(200);
                    }
                }));
            }
        }
        clients.forEach(Thread::start);
        long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!acked.enough() && System.nanoTime() < until) {
            Thread.sleep(200);
        }
        assertTrue(acked.enough(), "a few writes of each kind acknowledged within 3 minutes: " + acked);
        Thread.sleep(700);
        killed.set(true);
        SERVER.killNine();
        for (Thread client : clients) {
            client.join(Duration.ofMinutes(2).toMillis());
        }
        System.out.println("Killed with these writes acknowledged: " + acked);

        SERVER.resume();
        assertTrue(Files.readString(SERVER.log()).contains("Search index not closed cleanly"),
                "the index was found not closed at start and rebuilt");

        for (Upload u : acked.uploads) {
            Map<String, Object> material = ApiCalls.json(expect(200, ApiCalls.get("/api/materials/" + u.id(), u.author(),
                    "kk")));
            List<Map<?, ?>> files = ApiCalls.objects(material.get("files"));
            assertEquals(1, files.size(), material::toString);
            HttpResponse<byte[]> download = HTTP.send(request("/api/materials/" + u.id() + "/files/"
                    + ApiCalls.number(files.get(0).get("id")), u.author()).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, download.statusCode());
            assertArrayEquals(u.content(), download.body(), "the file of material " + u.id() + " byte for byte");
            String status = (String) material.get("status");
            if (acked.approved.contains(u.id())) {
                assertEquals("PUBLISHED", status, "approved before the kill: " + u.id());
            } else if (acked.submitted.contains(u.id())) {
                assertTrue(Set.of("SUBMITTED", "PUBLISHED").contains(status), u.id() + " " + status);
            }
        }
        for (Registration r : acked.registrations) {
            Map<String, Object> mine = ApiCalls.json(expect(200, ApiCalls.get("/api/events/registrations/mine",
                    r.teacher(), "ru")));
            assertTrue(ApiCalls.objects(mine.get("items")).stream().anyMatch(i -> ApiCalls.number(i.get("eventId"))
                    == r.event()), r + " kept: " + mine);
        }
        Set<Long> foundByTitle = materialsFound(RUN);
        Map<Long, String> wordsFound = new HashMap<>();
        long textUntil = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        for (Upload u : acked.uploads) {
            if (acked.approved.contains(u.id())) {
                while (!materialsFound(u.word()).contains(u.id()) && System.nanoTime() < textUntil) {
                    Thread.sleep(500);
                }
                wordsFound.put(u.id(), u.word());
            }
        }
        for (Map.Entry<Long, String> w : wordsFound.entrySet()) {
            // contained, not equal: the made-up words differ by a letter, and search forgives one typo
            assertTrue(materialsFound(w.getValue()).contains(w.getKey()), "found by the word inside its file");
        }

        SERVER.remove();
        try (Connection db = DriverManager.getConnection("jdbc:derby:" + SERVER.dataDir.resolve("derby"))) {
            assertMaterialsWhole(db, acked, foundByTitle, loadStarted);
            assertLoansWhole(db, acked);
            assertRegistrationsWhole(db, acked, events);
        } finally {
            shutDown(SERVER.dataDir.resolve("derby"));
        }
    }

    // ------------------------------------------------------------------------------------------ the checks

    private static void assertMaterialsWhole(Connection db, Acknowledged acked, Set<Long> foundByTitle,
                                             Instant loadStarted) throws Exception {
        Set<Long> published = new HashSet<>();
        Set<Long> materials = new HashSet<>();
        for (List<Object> row : rows(db, "SELECT ID, STATUS FROM MATERIAL WHERE TITLE_KK LIKE ?", RUN + "%")) {
            long id = ((Number) row.get(0)).longValue();
            materials.add(id);
            if ("PUBLISHED".equals(row.get(1))) {
                published.add(id);
            }
        }
        for (Upload u : acked.uploads) {
            assertTrue(materials.contains(u.id()), "acknowledged material " + u.id() + " in the database");
        }
        assertEquals(published, foundByTitle, "the index finds exactly the run's published materials");
        Set<String> named = new HashSet<>();
        for (List<Object> row : rows(db, "SELECT STORED_NAME FROM MATERIAL_FILE")) {
            named.add((String) row.get(0));
        }
        for (long id : materials) {
            List<List<Object>> files = rows(db, "SELECT STORED_NAME, SIZE_BYTES, SHA256 FROM MATERIAL_FILE "
                    + "WHERE MATERIAL_ID = ?", id);
            assertEquals(1, files.size(), "material " + id + " with its one file");
            Path file = stored((String) files.get(0).get(0));
            assertTrue(Files.isRegularFile(file), "material " + id + ": its file on disk");
            assertEquals(((Number) files.get(0).get(1)).longValue(), Files.size(file), "the whole file of " + id);
            assertEquals(files.get(0).get(2), sha256(Files.readAllBytes(file)), "the file of " + id + " as recorded");
        }
        List<Path> unnamed;
        try (Stream<Path> all = Files.walk(SERVER.dataDir.resolve("files"))) {
            unnamed = all.filter(Files::isRegularFile)
                    .filter(p -> !named.contains(p.getFileName().toString()))
                    .filter(p -> modifiedAfter(p, loadStarted)).toList();
        }
        // A file whose upload the kill cut off has no record; no user can reach it, and the start-up sweep removes
        // it once it is an hour old. Only an upload in flight can leave one: at most one per uploading client.
        assertTrue(unnamed.size() <= UPLOADERS.size(), "files of the run without a record: " + unnamed);
    }

    private static void assertLoansWhole(Connection db, Acknowledged acked) throws Exception {
        for (List<Object> row : rows(db, "SELECT ID, COPY_ID, OPEN_COPY_ID, RETURNED_AT FROM LOAN")) {
            boolean open = row.get(2) != null;
            assertEquals(open, row.get(3) == null, "an open loan has no return and its copy, a returned one neither: "
                    + row);
            if (open) {
                assertEquals(row.get(1), row.get(2), "an open loan holds its own copy: " + row);
            }
        }
        for (Loan loan : acked.loans) {
            List<List<Object>> open = rows(db, "SELECT l.BORROWER_STAFF_ID FROM LOAN l JOIN CATALOGUE_COPY c "
                    + "ON c.ID = l.COPY_ID WHERE c.INVENTORY_NUMBER = ? AND l.OPEN_COPY_ID IS NOT NULL", loan.inventory());
            assertEquals(1, open.size(), loan + ": one open loan of the copy");
            assertEquals(loan.borrower(), ((Number) open.get(0).get(0)).longValue(), loan + ": to that borrower");
        }
    }

    private static void assertRegistrationsWhole(Connection db, Acknowledged acked, List<Long> events)
            throws Exception {
        for (long event : events) {
            List<Object> counters = rows(db, "SELECT TAKEN, WAITING, CAPACITY FROM ACTIVITY WHERE ID = ?", event).get(0);
            long taken = count(db, "SELECT COUNT(*) FROM ACTIVITY_REGISTRATION WHERE ACTIVITY_ID = ? "
                    + "AND STATUS = 'REGISTERED'", event);
            long waiting = count(db, "SELECT COUNT(*) FROM ACTIVITY_REGISTRATION WHERE ACTIVITY_ID = ? "
                    + "AND STATUS = 'WAITING'", event);
            assertEquals(((Number) counters.get(0)).longValue(), taken, "event " + event + ": places as counted");
            assertEquals(((Number) counters.get(1)).longValue(), waiting, "event " + event + ": queue as counted");
            assertTrue(taken <= ((Number) counters.get(2)).longValue(), "event " + event + " within its capacity");
            long ackedHere = acked.registrations.stream().filter(r -> r.event() == event).count();
            assertTrue(taken + waiting >= ackedHere, "event " + event + ": every acknowledged registration counted");
        }
    }

    // ------------------------------------------------------------------------------------------ the clients

    private interface Step {
        void run() throws Exception;
    }

    /** A client repeating its step until the server is killed (then its failing request ends it). */
    private static Thread client(AtomicBoolean killed, Step step) {
        Thread thread = new Thread(() -> {
            while (!killed.get()) {
                try {
                    step.run();
                } catch (Exception | AssertionError e) {
                    if (!killed.get()) {
                        System.out.println("A client's request failed before the kill: " + e);
                        try {
                            Thread.sleep(500);
                        } catch (InterruptedException interrupted) {
                            return;
                        }
                    }
                }
            }
        });
        thread.setDaemon(true);
        return thread;
    }

    private static void upload(String teacher, Acknowledged acked) throws Exception {
        int n = acked.counter.incrementAndGet();
        String word = "сөзбелгі" + letters(n);
        byte[] content = docx("Сабақ жоспары. " + word + ".");
        String metadata = "{\"titleKk\":\"" + RUN + " " + n + "\",\"type\":\"LESSON_PLAN\",\"language\":\"KK\","
                + "\"academicYear\":2025}";
        HttpResponse<String> created = createMaterial(teacher, metadata, content);
        if (created.statusCode() != 201) {
            throw new IllegalStateException("upload " + created.statusCode() + ": " + created.body());
        }
        long id = ApiCalls.number(ApiCalls.json(created).get("id"));
        acked.uploads.add(new Upload(id, teacher, word, content));
        HttpResponse<String> submitted = HTTP.send(request("/api/materials/" + id + "/submit", teacher)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (submitted.statusCode() == 204) {
            acked.submitted.add(id);
            acked.toApprove.add(id);
        }
    }

    private static void approveNext(WebSession desk, Acknowledged acked) throws Exception {
        Long id = acked.toApprove.poll();
        if (id == null) {
            Thread.sleep(100);
            return;
        }
        String page = "/library/material.xhtml?id=" + id;
        WebSession.Page approved = desk.press(page, desk.get(page), "review", "approve", Map.of("review:comment", ""));
        if (approved.status() == 200 && approved.body().contains("Материал мақұлданып, мектепте жарияланды.")) {
            acked.approved.add(id);
        }
    }

    private static void lendOne(WebSession desk, long title, Acknowledged acked) throws InterruptedException {
        String page = "/library/title.xhtml?id=" + title;
        WebSession.Page loaded = desk.get(page);
        Matcher issue = ISSUE.matcher(loaded.body());
        Matcher borrower = BORROWER.matcher(loaded.body());
        if (!issue.find() || !borrower.find() || !borrower.find()) {
            Thread.sleep(100);
            return;
        }
        String row = issue.group(1);
        String inventory = inventoryOfRow(loaded.body(), row);
        long borrowerId = Long.parseLong(borrower.group(1));
        WebSession.Page lent = desk.press(page, loaded, "copies", "table:" + row + ":issue",
                Map.of("copies:borrowerId_input", Long.toString(borrowerId)));
        if (lent.status() == 200 && lent.body().contains("Дана берілді.")) {
            acked.loans.add(new Loan(inventory, borrowerId));
        }
    }

    private static void register(String teacher, long event, Acknowledged acked) throws Exception {
        HttpResponse<String> answer = HTTP.send(request("/api/events/" + event + "/registration", teacher)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 201) {
            acked.registrations.add(new Registration(teacher, event));
        }
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** What the server acknowledged, by kind. */
    private static final class Acknowledged {
        final AtomicInteger counter = new AtomicInteger();
        final List<Upload> uploads = new CopyOnWriteArrayList<>();
        final Set<Long> submitted = ConcurrentHashMap.newKeySet();
        final ConcurrentLinkedQueue<Long> toApprove = new ConcurrentLinkedQueue<>();
        final Set<Long> approved = ConcurrentHashMap.newKeySet();
        final List<Loan> loans = new CopyOnWriteArrayList<>();
        final List<Registration> registrations = new CopyOnWriteArrayList<>();

        boolean enough() {
            return uploads.size() >= 6 && approved.size() >= 3 && loans.size() >= 3 && registrations.size() >= 15;
        }

        @Override
        public String toString() {
            return uploads.size() + " uploads, " + submitted.size() + " submitted, " + approved.size() + " approved, "
                    + loans.size() + " loans, " + registrations.size() + " registrations";
        }
    }

    private record Upload(long id, String author, String word, byte[] content) {
    }

    private record Loan(String inventory, long borrower) {
    }

    private record Registration(String teacher, long event) {
    }

    /** The inventory number in the first cell of the copies table's row. */
    private static String inventoryOfRow(String page, String row) {
        Matcher m = Pattern.compile("data-ri=\"" + row + "\"[^>]*>\\s*<td[^>]*>(?:<span class=\"ui-column-title\">"
                + "[^<]*</span>)?\\s*([^<\\s][^<]*?)\\s*</td>").matcher(page);
        if (!m.find()) {
            throw new AssertionError("no inventory number in row " + row);
        }
        return m.group(1);
    }

    /** The ids of the demo catalogue's titles of the methodologist's school, from the catalogue page. */
    private static List<Long> catalogueTitles() {
        return List.copyOf(WebSession.signedIn(DESK).get("/library/catalogue.xhtml").ids("/library/title.xhtml"));
    }

    private static long publishedEvent(int capacity) throws Exception {
        LocalDate day = LocalDate.now().plusDays(12);
        String json = "{\"kind\":\"seminar\",\"audience\":\"TOWN\",\"titleKk\":\"Апат семинары " + System.nanoTime()
                + "\",\"startsAt\":\"" + day + "T10:00\",\"endsAt\":\"" + day + "T12:00\",\"place\":\"Акт залы\","
                + "\"capacity\":" + capacity + ",\"registrationOpensAt\":\"" + LocalDate.now().minusDays(1)
                + "T09:00\",\"registrationClosesAt\":\"" + day.minusDays(1) + "T18:00\",\"presenters\":[\"Қонақ\"]}";
        HttpResponse<String> created = expect(201, HTTP.send(request("/api/events", DESK)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        long id = ApiCalls.number(ApiCalls.json(created).get("id"));
        expect(200, HTTP.send(request("/api/events/" + id + "/publication", DESK)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()));
        return id;
    }

    /** The ids of the materials a colleague finds in the school's library by the text (every page). */
    private static Set<Long> materialsFound(String text) throws Exception {
        Set<Long> ids = new HashSet<>();
        for (int first = 0; ; first += 100) {
            Map<String, Object> answer = ApiCalls.json(expect(200, ApiCalls.get("/api/materials?kind=material&size=100"
                    + "&first=" + first + "&q=" + java.net.URLEncoder.encode(text, StandardCharsets.UTF_8),
                    "g3.t07", "kk")));
            List<Map<?, ?>> items = ApiCalls.objects(answer.get("items"));
            items.forEach(i -> ids.add(ApiCalls.number(i.get("id"))));
            if (items.size() < 100) {
                return ids;
            }
        }
    }

    private static HttpResponse<String> createMaterial(String user, String metadata, byte[] docx) throws Exception {
        String boundary = "----crash" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
                + "Content-Type: application/json; charset=UTF-8\r\n\r\n" + metadata + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plan.docx\"\r\nContent-Type: "
                + "application/vnd.openxmlformats-officedocument.wordprocessingml.document\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(docx);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return HTTP.send(request("/api/materials", user).header("Content-Type", "multipart/form-data; boundary="
                + boundary).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder request(String path, String user) {
        return HttpRequest.newBuilder(URI.create(Browser.BASE + path)).timeout(Duration.ofSeconds(90))
                .header("Accept-Language", "kk")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + Browser.PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)));
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        return response;
    }

    private static byte[] docx(String text) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(text);
            document.write(out);
            return out.toByteArray();
        }
    }

    /** A made-up word per number, in Kazakh letters only (digits would be a word of their own). */
    private static String letters(int n) {
        String alphabet = "әғқңөұүһі";
        StringBuilder word = new StringBuilder();
        for (int k = n; k > 0; k /= alphabet.length()) {
            word.append(alphabet.charAt(k % alphabet.length()));
        }
        return word.toString();
    }

    private static Path stored(String name) {
        return SERVER.dataDir.resolve("files").resolve(name.substring(0, 2)).resolve(name);
    }

    private static boolean modifiedAfter(Path file, Instant instant) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isAfter(instant);
        } catch (IOException e) {
            return false;
        }
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static List<List<Object>> rows(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        row.add(result.getObject(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    private static long count(Connection db, String sql, Object... parameters) throws SQLException {
        return ((Number) rows(db, sql, parameters).get(0).get(0)).longValue();
    }

    private static void shutDown(Path derby) {
        try {
            DriverManager.getConnection("jdbc:derby:" + derby + ";shutdown=true");
        } catch (SQLException expected) {
            // Derby says it shut down with an exception
        }
    }
}
