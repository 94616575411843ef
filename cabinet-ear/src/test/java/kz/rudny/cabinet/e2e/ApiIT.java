package kz.rudny.cabinet.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;

/**
 * The REST API under /api, over plain HTTP/1.1 with HTTP Basic: sign-in without a redirect, a new material
 * with a Kazakh title and a DOCX in one request and its download with the Kazakh name intact, a refused file
 * that leaves nothing behind (message in Russian), a request over the upload limit refused before its body,
 * cleaned file names, another school's teacher refused, submitting, search, and the OpenAPI document.
 */
class ApiIT {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    /** Selenium's JSON reader, already on the test class path. */
    private static final Json JSON = new Json();

    private record Part(String name, String fileName, String contentType, byte[] bytes) {
    }

    // ---------------------------------------------------------------- sign-in

    @Test
    void withoutOrWithWrongCredentialsTheAnswerIs401AndNeverALoginRedirect() throws Exception {
        HttpResponse<String> none = send(HttpRequest.newBuilder(uri("/api/materials/mine")).GET());
        assertUnauthorized(none);

        HttpResponse<String> wrong = send(HttpRequest.newBuilder(uri("/api/materials/mine"))
                .header("Authorization", basic("g3.t07", "not-the-password")).GET());
        assertUnauthorized(wrong);

        HttpResponse<String> garbage = send(HttpRequest.newBuilder(uri("/api/materials"))
                .header("Authorization", "Basic ???").GET());
        assertUnauthorized(garbage);

        // the right password afterwards works (and takes the failure above back)
        HttpResponse<String> right = get("/api/materials/mine", "g3.t07");
        assertEquals(200, right.statusCode(), right.body());
        assertTrue(right.headers().allValues("Set-Cookie").isEmpty(), "no session for an API call");
    }

    @Test
    void aForgedXForwardedForFromAnUntrustedAddressDoesNotEscapeTheThrottle() throws Exception {
        // The test server trusts no proxy (cabinet.proxy.trusted is empty): each wrong password counts against the
        // socket's address whatever address the header claims, so the account is held for this address after a few
        // (were the header believed, each claimed address would have failed once, far below any limit).
        int tries = 0;
        int status = 401;
        while (status == 401 && tries < 10) {
            tries++;
            HttpResponse<String> wrong = send(HttpRequest.newBuilder(uri("/api/materials/mine"))
                    .header("Authorization", basic("s7.t07", "not-the-password"))
                    .header("X-Forwarded-For", "203.0.113." + tries).GET());
            status = wrong.statusCode();
            assertTrue(status == 401 || status == 429, wrong.body());
        }
        assertEquals(429, status, "held after " + tries + " wrong passwords from one socket address");
        HttpResponse<String> right = send(HttpRequest.newBuilder(uri("/api/materials/mine"))
                .header("Authorization", basic("s7.t07", Browser.PASSWORD))
                .header("X-Forwarded-For", "198.51.100.77").GET());
        assertEquals(429, right.statusCode(), "the right password from a claimed new address is held too: "
                + right.body());
    }

    private static void assertUnauthorized(HttpResponse<String> response) {
        assertEquals(401, response.statusCode(), response.body());
        assertEquals("Basic realm=\"cabinet\", charset=\"UTF-8\"",
                response.headers().firstValue("WWW-Authenticate").orElse(null));
        assertTrue(response.headers().firstValue("Location").isEmpty(), "no redirect to the sign-in page");
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("unauthorized", json(response).get("error"));
        assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), "no session");
    }

    // ---------------------------------------------------------------- create, read, download

    @Test
    void aMaterialWithAKazakhTitleAndADocxIsCreatedAndDownloadedWithItsNameIntact() throws Exception {
        String title = "Бөлшектерді қосу: сабақ жоспары " + System.nanoTime();
        String fileName = "Сабақ жоспары — бөлшектер (5 сынып).docx";
        byte[] docx = docx("Бөлшектерді қосу және азайту. Ортақ бөлімге келтіру.");
        HttpResponse<String> created = create("g3.teacher", null, metadata(title),
                new Part("file", fileName, DOCX, docx));
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        Matcher id = Pattern.compile("/api/materials/(\\d+)$").matcher(location);
        assertTrue(id.find(), location);
        Map<String, Object> view = json(created);
        assertEquals(title, view.get("titleKk"));
        assertEquals("DRAFT", view.get("status"));

        HttpResponse<String> read = get("/api/materials/" + id.group(1), "g3.teacher");
        assertEquals(200, read.statusCode(), read.body());
        Map<String, Object> material = json(read);
        assertEquals(title, material.get("titleKk"));
        List<?> files = (List<?>) material.get("files");
        assertEquals(1, files.size());
        Map<?, ?> file = (Map<?, ?>) files.get(0);
        assertEquals(fileName, file.get("name"));
        assertEquals("DOCX", file.get("kind"));
        assertTrue(String.valueOf(file.get("uploadedAt")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.*"),
                "ISO date-time: " + file.get("uploadedAt"));

        HttpResponse<byte[]> download = HTTP.send(HttpRequest.newBuilder(
                        uri("/api/materials/" + id.group(1) + "/files/" + number(file.get("id"))))
                .header("Authorization", basic("g3.teacher", Browser.PASSWORD)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertArrayEquals(docx, download.body());
        assertEquals(DOCX, download.headers().firstValue("Content-Type").orElse(null));
        assertEquals(String.valueOf(docx.length), download.headers().firstValue("Content-Length").orElse(null));
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(null));
        String disposition = download.headers().firstValue("Content-Disposition").orElseThrow();
        assertTrue(disposition.startsWith("attachment;"), disposition);
        Matcher encoded = Pattern.compile("filename\\*=UTF-8''([^;\\s]+)").matcher(disposition);
        assertTrue(encoded.find(), disposition);
        assertEquals(fileName, URLDecoder.decode(encoded.group(1).replace("+", "%2B"), StandardCharsets.UTF_8));
        Matcher ascii = Pattern.compile("filename=\"([^\"]*)\"").matcher(disposition);
        assertTrue(ascii.find(), disposition);
        assertTrue(ascii.group(1).chars().allMatch(c -> c >= 0x20 && c < 0x7f), "ASCII fallback: " + ascii.group(1));
        assertTrue(ascii.group(1).endsWith(".docx"), ascii.group(1));
    }

    @Test
    void aFileWithTheWrongBytesIsRefusedInRussianAndNothingIsStored() throws Exception {
        long before = mineTotal("s12.teacher");
        byte[] html = "<!DOCTYPE html><html><body><script>alert('x')</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> refused = create("s12.teacher", "ru", metadata("Дроби " + System.nanoTime()),
                new Part("file", "good.docx", DOCX, docx("Дроби")),
                new Part("file", "report.pdf", "application/pdf", html));
        assertEquals(422, refused.statusCode(), refused.body());
        Map<String, Object> problem = json(refused);
        assertEquals("invalid", problem.get("error"));
        assertEquals(422L, number(problem.get("status")));
        Map<?, ?> first = (Map<?, ?>) ((List<?>) problem.get("problems")).get(0);
        assertEquals("file", first.get("field"));
        assertTrue(String.valueOf(first.get("message")).startsWith("Такой файл не принимается"),
                "the interface's Russian message: " + first.get("message"));
        assertEquals(before, mineTotal("s12.teacher"), "no draft was kept, not even with the good file");
    }

    @Test
    void missingOrBadDescriptionIsRefusedByField() throws Exception {
        HttpResponse<String> noType = create("g3.teacher", "en",
                "{\"titleKk\":\"Атауы\",\"language\":\"kk\",\"academicYear\":2025}", new Part("file", "a.docx", DOCX, docx("a")));
        assertEquals(422, noType.statusCode(), noType.body());
        assertTrue(noType.body().contains("\"field\":\"type\""), noType.body());
        assertTrue(noType.body().contains("Fill in this field."), noType.body());

        HttpResponse<String> notJson = create("g3.teacher", "kk", "{titleKk:", new Part("file", "a.docx", DOCX, docx("a")));
        assertEquals(422, notJson.statusCode(), notJson.body());
        assertTrue(notJson.body().contains("\"field\":\"metadata\""), notJson.body());
    }

    @Test
    void aRequestOverTheUploadLimitIsRefusedWith413BeforeItsBodyIsSent() throws Exception {
        URI base = URI.create(Browser.BASE);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            String head = "POST /api/materials HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                    + "Authorization: " + basic("g3.teacher", Browser.PASSWORD) + "\r\n"
                    + "Accept-Language: ru\r\n"
                    + "Content-Type: multipart/form-data; boundary=limit\r\n"
                    + "Content-Length: 10737418240\r\n\r\n--limit\r\n"; // 10 GB announced, a few bytes sent
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = readResponse(socket.getInputStream());
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("\"error\":\"tooLarge\""), answer);
            assertTrue(answer.contains("Файл слишком большой"), answer);
        }
    }

    @Test
    void folderPartsAndMarkupAreCleanedFromFileNames() throws Exception {
        HttpResponse<String> created = create("g3.teacher", null, metadata("Атаулар " + System.nanoTime()),
                new Part("file", "..\\..\\../../etc/<script>alert(1)<\\script>жоспар.docx", DOCX, docx("x")));
        assertEquals(201, created.statusCode(), created.body());
        Map<?, ?> file = (Map<?, ?>) ((List<?>) json(created).get("files")).get(0);
        String name = String.valueOf(file.get("name"));
        assertFalse(name.contains("..") || name.contains("/") || name.contains("\\"), name);
        assertFalse(name.contains("<") || name.contains(">"), name);
        assertTrue(name.endsWith("жоспар.docx"), name);
    }

    // ---------------------------------------------------------------- isolation, submit

    @Test
    void anotherSchoolsTeacherGets404ForTheMaterialAndItsFile() throws Exception {
        HttpResponse<String> created = create("g3.teacher", null, metadata("Мектептің ішкі материалы " + System.nanoTime()),
                new Part("file", "ішкі.docx", DOCX, docx("ішкі")));
        assertEquals(201, created.statusCode(), created.body());
        Map<String, Object> view = json(created);
        long id = number(view.get("id"));
        long fileId = number(((Map<?, ?>) ((List<?>) view.get("files")).get(0)).get("id"));

        HttpResponse<String> material = get("/api/materials/" + id, "s12.teacher");
        assertEquals(404, material.statusCode(), material.body());
        assertEquals("notFound", json(material).get("error"));
        assertEquals("Такой записи нет, или она вам недоступна.", json(material).get("message"),
                "without Accept-Language: the account's language (a Russian-language school)");
        HttpResponse<String> file = get("/api/materials/" + id + "/files/" + fileId, "s12.teacher");
        assertEquals(404, file.statusCode(), file.body());
    }

    @Test
    void aRealFileOfAnotherMaterialIsNotServedUnderThisOne() throws Exception {
        long id = number(json(create("g3.teacher", null, metadata("Өз материалы " + System.nanoTime()),
                new Part("file", "өз.docx", DOCX, docx("өз")))).get("id"));
        Map<String, Object> sibling = json(create("g3.teacher", null, metadata("Көрші материал " + System.nanoTime()),
                new Part("file", "көрші.docx", DOCX, docx("көрші"))));
        long siblingFile = firstFileId(sibling);
        Map<String, Object> foreign = json(create("s12.teacher", null, metadata("Чужой материал " + System.nanoTime()),
                new Part("file", "чужой.docx", DOCX, docx("чужой"))));
        long foreignFile = firstFileId(foreign);
        // both files are real: each opens under its own material for its author
        assertEquals(200, get("/api/materials/" + number(sibling.get("id")) + "/files/" + siblingFile, "g3.teacher")
                .statusCode());
        assertEquals(200, get("/api/materials/" + number(foreign.get("id")) + "/files/" + foreignFile, "s12.teacher")
                .statusCode());

        HttpResponse<String> sameSchool = get("/api/materials/" + id + "/files/" + siblingFile, "g3.teacher");
        assertEquals(404, sameSchool.statusCode(), "a file of another material of the same school: " + sameSchool.body());
        assertEquals("notFound", json(sameSchool).get("error"));
        HttpResponse<String> otherSchool = get("/api/materials/" + id + "/files/" + foreignFile, "g3.teacher");
        assertEquals(404, otherSchool.statusCode(), "a file of another school's material: " + otherSchool.body());
        assertEquals("notFound", json(otherSchool).get("error"));
    }

    private static long firstFileId(Map<String, Object> material) {
        return number(((Map<?, ?>) ((List<?>) material.get("files")).get(0)).get("id"));
    }

    @Test
    void submittingTwiceIsRefusedTheSecondTime() throws Exception {
        HttpResponse<String> created = create("g3.teacher", null, metadata("Ұсынылатын материал " + System.nanoTime()),
                new Part("file", "ұсыныс.docx", DOCX, docx("ұсыныс")));
        long id = number(json(created).get("id"));
        HttpResponse<String> first = post("/api/materials/" + id + "/submit", "g3.teacher");
        assertEquals(204, first.statusCode(), first.body());
        HttpResponse<String> second = post("/api/materials/" + id + "/submit", "g3.teacher");
        assertEquals(422, second.statusCode(), second.body());
        assertTrue(second.body().contains("\"field\":\"status\""), second.body());
        assertEquals("SUBMITTED", json(get("/api/materials/" + id, "g3.teacher")).get("status"));
        // the district's staff are no school's authors
        HttpResponse<String> district = post("/api/materials/" + id + "/submit", "district.methodologist");
        assertEquals(403, district.statusCode(), district.body());
    }

    // ---------------------------------------------------------------- search, exchange, OpenAPI

    /** The demo's published lesson plan of every school's teacher: the word is only inside its file. */
    private static final String GAMES_KK = "Ұлттық ойындар арқылы оқушылардың қызығушылығын арттыру";
    private static final String GAMES_RU = "Повышение интереса учащихся через национальные игры";
    private static final String GAMES_WORD = "тоғызқұмалақ";
    /** The demo's draft of every school's teacher, with a word only inside its file. */
    private static final String DRAFT_TITLE = "Тәрбие сағатының сценарийі";
    private static final String DRAFT_WORD = "тәуелсіздік";

    @Test
    void searchFindsTheSchoolsPublishedMaterialByAWordInItsFileButNoOtherSchoolsCopyAndNoDraft() throws Exception {
        long g3Games = ownMaterial("g3.teacher", "PUBLISHED", GAMES_KK, GAMES_RU);
        long s7Games = ownMaterial("s7.teacher", "PUBLISHED", GAMES_KK, GAMES_RU);
        long g3Draft = ownMaterial("g3.teacher", "DRAFT", DRAFT_TITLE, DRAFT_TITLE);

        Map<String, Object> g3 = search("g3.teacher", "q=" + enc(GAMES_WORD) + "&kind=MATERIAL&size=100");
        assertTrue(hitIds(g3).contains(g3Games), "g3 finds its own material by a word inside the file: " + g3);
        assertFalse(hitIds(g3).contains(s7Games), "but not s7's copy of it: " + g3);
        Map<?, ?> hit = hit(g3, g3Games);
        assertEquals("MATERIAL", hit.get("kind"));
        assertEquals("LESSON_PLAN", hit.get("type"));
        assertTrue(GAMES_KK.equals(hit.get("title")) || GAMES_RU.equals(hit.get("title")), hit.toString());
        assertTrue(number(g3.get("total")) >= 1, g3.toString());
        assertTrue(facetValues(g3, "TYPE").contains("LESSON_PLAN"), "the TYPE facet counts it: " + g3);

        Map<String, Object> s7 = search("s7.teacher", "q=" + enc(GAMES_WORD) + "&kind=MATERIAL&size=100");
        assertTrue(hitIds(s7).contains(s7Games), "s7 finds its own copy: " + s7);
        assertFalse(hitIds(s7).contains(g3Games), "and never g3's: " + s7);

        Map<String, Object> draft = search("g3.teacher", "q=" + enc(DRAFT_WORD) + "&size=100");
        assertFalse(hitIds(draft).contains(g3Draft), "a draft is not in the library, not even for its author: " + draft);

        Map<String, Object> narrowed = search("g3.teacher", "q=" + enc(GAMES_WORD) + "&type=EVENT_SCENARIO&size=100");
        assertFalse(hitIds(narrowed).contains(g3Games), "a facet value narrows the hits: " + narrowed);

        // the district sees g3's copy, which the demo shares with the town, and not s7's, which is not shared
        Map<String, Object> district = search("district.methodologist", "scope=district&q=" + enc(GAMES_WORD));
        assertTrue(hitIds(district).contains(g3Games), district.toString());
        assertFalse(hitIds(district).contains(s7Games), district.toString());
        assertTrue(facetValues(district, "SCHOOL").size() >= 1, district.toString());

        HttpResponse<String> badKind = get("/api/materials?kind=BOOK", "g3.teacher");
        assertEquals(422, badKind.statusCode(), badKind.body());
        assertTrue(badKind.body().contains("\"field\":\"kind\""), badKind.body());
    }

    /** The id of one of the caller's own materials, by status and title (shown in Kazakh or Russian). */
    private static long ownMaterial(String user, String status, String titleKk, String titleRu) throws Exception {
        HttpResponse<String> mine = get("/api/materials/mine?size=200", user);
        assertEquals(200, mine.statusCode(), mine.body());
        return ((List<?>) json(mine).get("items")).stream().map(i -> (Map<?, ?>) i)
                .filter(i -> status.equals(i.get("status")))
                .filter(i -> titleKk.equals(i.get("title")) || titleRu.equals(i.get("title")))
                .mapToLong(i -> number(i.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError(user + " has no " + status + " " + titleKk + ": " + mine.body()));
    }

    private static Map<String, Object> search(String user, String query) throws Exception {
        HttpResponse<String> answer = get("/api/materials?" + query, user);
        assertEquals(200, answer.statusCode(), answer.body());
        return json(answer);
    }

    private static List<Long> hitIds(Map<String, Object> answer) {
        return ((List<?>) answer.get("items")).stream().map(i -> number(((Map<?, ?>) i).get("id"))).toList();
    }

    private static Map<?, ?> hit(Map<String, Object> answer, long id) {
        return ((List<?>) answer.get("items")).stream().map(i -> (Map<?, ?>) i)
                .filter(i -> number(i.get("id")) == id).findFirst().orElseThrow();
    }

    /** The facet's values that count at least one hit. */
    private static List<String> facetValues(Map<String, Object> answer, String facet) {
        List<?> values = (List<?>) ((Map<?, ?>) answer.get("facets")).get(facet);
        return values == null ? List.of() : values.stream().map(v -> (Map<?, ?>) v)
                .filter(v -> number(v.get("count")) > 0).map(v -> String.valueOf(v.get("value"))).toList();
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void anUnknownSharedMaterialIs404() throws Exception {
        HttpResponse<String> missing = get("/api/shared/987654321", "s7.teacher");
        assertEquals(404, missing.statusCode(), missing.body());
        assertEquals("notFound", json(missing).get("error"));
        assertEquals(401, send(HttpRequest.newBuilder(uri("/api/shared/987654321")).GET()).statusCode());
    }

    @Test
    void theOpenApiDocumentListsThePaths() {
        // Payara serves /openapi inside the application at "/", where the sign-in form guards everything
        // not listed as public in web.xml: read it in a signed-in session.
        WebSession.Page doc = WebSession.signedIn("g3.teacher").get("/openapi");
        assertEquals(200, doc.status(), doc.body());
        for (String path : new String[] {"/api/materials:", "/api/materials/mine:", "/api/materials/{id}:",
            "/api/materials/{id}/files/{fileId}:", "/api/materials/{id}/submit:", "/api/shared/{shareId}:",
            "/api/shared/{shareId}/files/{fileId}:", "/api/events:", "/api/events/{id}:",
            "/api/events/{id}/registration:", "/api/events/registrations/mine:", "/api/events/{id}/publication:"}) {
            assertTrue(doc.body().contains(path), path + " in " + doc.body().substring(0, Math.min(500, doc.body().length())));
        }
        assertTrue(doc.body().contains("scheme: basic"), "HTTP Basic declared");
    }

    /**
     * The served document is valid OpenAPI 3.0, so that client generators take it: checked against the
     * official JSON Schema of OpenAPI 3.0 (its id: https://spec.openapis.org/oas/3.0/schema/2021-09-28; the file
     * is schemas/v3.0/schema.json of the OpenAPI Specification's repository, commit
     * 1f0334d11dcee24939b84e3d42b75b261b37104a), saved as the test resource openapi-3.0-schema.json.
     */
    @Test
    void theOpenApiDocumentIsValidOpenApi30() throws IOException {
        WebSession.Page doc = WebSession.signedIn("g3.teacher").get("/openapi?format=JSON");
        assertEquals(200, doc.status(), doc.body());
        assertTrue(doc.body().strip().startsWith("{"), "JSON: " + doc.body().substring(0, Math.min(200, doc.body().length())));
        Schema openApi30;
        try (InputStream schema = ApiIT.class.getResourceAsStream("/openapi-3.0-schema.json")) {
            openApi30 = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(schema);
        }
        List<com.networknt.schema.Error> problems = openApi30.validate(doc.body(), InputFormat.JSON);
        assertEquals(List.of(), problems.stream().map(com.networknt.schema.Error::toString).toList(), doc.body());
        // and the validator does see problems: the same document with a top-level key that is no OpenAPI field
        String extended = doc.body().replaceFirst("\\{", "{\"endpoints\":{\"/\":[\"/api\"]},");
        assertFalse(openApi30.validate(extended, InputFormat.JSON).isEmpty(), "a key that is not OpenAPI is refused");
    }

    // ---------------------------------------------------------------- helpers

    private static String metadata(String titleKk) {
        return "{\"titleKk\":\"" + titleKk + "\",\"type\":\"LESSON_PLAN\",\"language\":\"KK\",\"academicYear\":2025,"
                + "\"gradeFrom\":5,\"gradeTo\":5,\"tags\":\"математика, бөлшектер\"}";
    }

    private static byte[] docx(String text) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(text);
            document.write(out);
            return out.toByteArray();
        }
    }

    private static HttpResponse<String> create(String user, String language, String metadata, Part... files)
            throws Exception {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part("metadata", null, "application/json; charset=UTF-8", metadata.getBytes(StandardCharsets.UTF_8)));
        parts.addAll(List.of(files));
        String boundary = "----cabinet" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part p : parts) {
            StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(p.name()).append('"');
            if (p.fileName() != null) {
                // as browsers send it: the name's UTF-8 bytes, a quote as %22
                head.append("; filename=\"").append(p.fileName().replace("\"", "%22")).append('"');
            }
            head.append("\r\nContent-Type: ").append(p.contentType()).append("\r\n\r\n");
            body.write(head.toString().getBytes(StandardCharsets.UTF_8));
            body.write(p.bytes());
            body.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/materials"))
                .header("Authorization", basic(user, Browser.PASSWORD))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return send(request);
    }

    private static long mineTotal(String user) throws Exception {
        HttpResponse<String> mine = get("/api/materials/mine?size=1", user);
        assertEquals(200, mine.statusCode(), mine.body());
        return number(json(mine).get("total"));
    }

    private static HttpResponse<String> get(String path, String user) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic(user, Browser.PASSWORD)).GET());
    }

    private static HttpResponse<String> post(String path, String user) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic(user, Browser.PASSWORD))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static URI uri(String path) {
        return URI.create(Browser.BASE + path);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(HttpResponse<String> response) {
        return JSON.toType(response.body(), Map.class);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** The status line, headers and (by Content-Length) body of one response, without waiting for the close. */
    private static String readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int contentLength = -1;
        int headerEnd = -1;
        byte[] buffer = new byte[4096];
        while (true) {
            int n = in.read(buffer);
            if (n < 0) {
                break;
            }
            bytes.write(buffer, 0, n);
            String text = bytes.toString(StandardCharsets.UTF_8);
            if (headerEnd < 0 && (headerEnd = text.indexOf("\r\n\r\n")) >= 0) {
                Matcher length = Pattern.compile("(?i)content-length:\\s*(\\d+)").matcher(text.substring(0, headerEnd));
                contentLength = length.find() ? Integer.parseInt(length.group(1)) : 0;
            }
            if (headerEnd >= 0 && bytes.size() >= headerEnd + 4 + contentLength) {
                break;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
