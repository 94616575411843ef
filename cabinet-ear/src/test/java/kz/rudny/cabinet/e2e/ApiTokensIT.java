package kz.rudny.cabinet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Personal API tokens, made and revoked on the person's own page: shown once, accepted by the REST API as
 * {@code Authorization: Bearer}, refused (401) once revoked or when made up, and never a way into another school's
 * records.
 */
class ApiTokensIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern MADE = Pattern.compile("<code id=\"madeToken\">([^<]+)</code>");

    @Test
    void aTokenMadeOnThePageWorksUntilItIsRevokedAndIsShownOnlyOnce() throws Exception {
        WebSession teacher = WebSession.signedIn("g3.t03");
        String name = "Script " + System.nanoTime();
        String token = make(teacher, name);

        HttpResponse<String> me = call("/api/me", token);
        assertEquals(200, me.statusCode(), me.body());
        assertEquals("g3.t03", ApiCalls.json(me).get("username"));
        assertTrue(me.headers().allValues("Set-Cookie").isEmpty(), "no session for a token call");

        WebSession.Page list = teacher.get("/tokens.xhtml");
        assertTrue(list.body().contains(name), "the token is listed by its name");
        assertFalse(list.body().contains(token), "and never shown again");

        int row = rowOf(list, name);
        WebSession.Page revoked = teacher.press("/tokens.xhtml", list, "tokens", "table:" + row + ":revoke", Map.of());
        assertEquals(200, revoked.status());
        HttpResponse<String> refused = call("/api/me", token);
        assertEquals(401, refused.statusCode(), refused.body());
        assertEquals("unauthorized", ApiCalls.json(refused).get("error"));
        assertTrue(refused.headers().allValues("WWW-Authenticate").contains("Bearer realm=\"cabinet\""));
    }

    @Test
    void aMadeUpTokenIsRefusedAndBasicStillWorksForPeople() throws Exception {
        HttpResponse<String> madeUp = call("/api/me", "cab_" + "A".repeat(43));
        assertEquals(401, madeUp.statusCode());
        assertEquals(401, call("/api/me", "not-a-token").statusCode());
        assertEquals(200, ApiCalls.get("/api/me", "g3.t03", null).statusCode());
    }

    @Test
    void withATokenAnotherSchoolsMaterialIsStillNotFound() throws Exception {
        List<Map<?, ?>> g3Materials = ApiCalls.objects(ApiCalls.json(ApiCalls.get(
                "/api/materials?kind=MATERIAL&size=5", "g3.teacher", null)).get("items"));
        assertFalse(g3Materials.isEmpty(), "the demo school has published materials");
        long g3Material = ApiCalls.number(g3Materials.get(0).get("id"));
        assertEquals(200, ApiCalls.get("/api/materials/" + g3Material, "g3.teacher", null).statusCode());

        String s12Token = make(WebSession.signedIn("s12.t03"), "Isolation " + System.nanoTime());
        HttpResponse<String> other = call("/api/materials/" + g3Material, s12Token);
        assertEquals(404, other.statusCode(), other.body());
        HttpResponse<String> search = call("/api/materials?kind=MATERIAL&size=100", s12Token);
        assertEquals(200, search.statusCode(), search.body());
        assertFalse(ApiCalls.objects(ApiCalls.json(search).get("items")).stream()
                .anyMatch(m -> ApiCalls.number(m.get("id")) == g3Material), "g3's material is not in s12's search");
    }

    /** Makes a token on the person's page and reads it from the page, where it is shown this once. */
    static String make(WebSession session, String name) {
        WebSession.Page page = session.get("/tokens.xhtml");
        assertEquals(200, page.status());
        WebSession.Page made = session.press("/tokens.xhtml", page, "newToken", "create",
                Map.of("newToken:name", name, "newToken:expiresOn_input", ""));
        Matcher m = MADE.matcher(made.body());
        assertTrue(m.find(), "the new token is shown: " + made.status());
        return m.group(1);
    }

    private static int rowOf(WebSession.Page page, String name) {
        Matcher rows = Pattern.compile("<tr[^>]*data-ri=\"(\\d+)\"[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(page.body());
        while (rows.find()) {
            if (rows.group(2).contains(name)) {
                return Integer.parseInt(rows.group(1));
            }
        }
        throw new AssertionError("No row for " + name);
    }

    /** A GET of the API with the token. */
    static HttpResponse<String> call(String path, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(Browser.BASE + path)).GET()
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
