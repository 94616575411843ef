package kz.rudny.cabinet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The isolation harness for the library's new ways in: another school's materials, their files, drafts,
 * certificates, the corners and the search, tried by id from school No. 7 (and a colleague for a draft).
 * The demo data gives every school published materials in its corners, a draft and a submitted one.
 */
class LibraryIsolationIT {

    private static final Pattern FILE = Pattern.compile("/files/material/(\\d+)");

    private static Set<Long> g3Materials;
    private static Set<Long> g3Files = new LinkedHashSet<>();
    /** The demo data's draft of g3.teacher, in the API's list of the caller's own materials. */
    private static final Pattern DRAFT = Pattern.compile("\"id\":(\\d+),\"status\":\"DRAFT\",\"title\":\"Тәрбие сағатының сценарийі\"");

    private static long g3Draft;

    @BeforeAll
    static void collectIds() {
        WebSession g3 = WebSession.signedIn("g3.teacher");
        g3Materials = g3.get("/library/corners.xhtml").ids("material.xhtml");
        assertFalse(g3Materials.isEmpty(), "the demo corners hold materials");
        for (long id : g3Materials) {
            Matcher file = FILE.matcher(g3.get("/library/material.xhtml?id=" + id).body());
            while (file.find()) {
                g3Files.add(Long.parseLong(file.group(1)));
            }
        }
        assertFalse(g3Files.isEmpty(), "the demo materials have files");
        Matcher draft = DRAFT.matcher(mine("g3.teacher"));
        assertTrue(draft.find(), "the demo draft is listed for its author");
        g3Draft = Long.parseLong(draft.group(1));
    }

    private static String mine(String username) {
        try {
            String basic = Base64.getEncoder().encodeToString((username + ":" + Browser.PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                    URI.create(Browser.BASE + "/api/materials/mine?size=100")).header("Authorization", "Basic " + basic)
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anotherSchoolsMaterialsAndTheirFilesCannotBeOpened() {
        WebSession s7 = WebSession.signedIn("s7.teacher");
        for (long id : g3Materials) {
            assertEquals(404, s7.get("/library/material.xhtml?id=" + id).status(), "material " + id);
            assertEquals(404, s7.get("/library/certificate?material=" + id + "&kind=APPROVED_IN_SCHOOL&lang=kk")
                    .status(), "certificate of material " + id);
        }
        for (long id : g3Files) {
            assertEquals(404, s7.get("/files/material/" + id).status(), "file " + id);
        }
    }

    @Test
    void aDraftIsSeenByItsAuthorOnly() {
        assertEquals(404, WebSession.signedIn("g3.t02").get("/library/material.xhtml?id=" + g3Draft).status(),
                "a colleague");
        assertEquals(404, WebSession.signedIn("s7.methodologist").get("/library/material.xhtml?id=" + g3Draft)
                .status(), "another school's methodologist");
        assertEquals(200, WebSession.signedIn("g3.teacher").get("/library/material.xhtml?id=" + g3Draft).status(),
                "the author");
    }

    /** Every school's demo corners hold a copy of this material; each school's copy names its own author. */
    private static final String GAMES = "Ұлттық ойындар арқылы оқушылардың қызығушылығын арттыру";
    private static final String G3_AUTHOR = "Қасымова Әйгерім Нұрланқызы";
    private static final String S7_AUTHOR = "Тұрсынбаев Арман Серікұлы";

    @Test
    void anotherSchoolsUnsharedMaterialsAreNeverFound() {
        WebSession s7 = WebSession.signedIn("s7.teacher");
        WebSession.Page found = s7.get("/search.xhtml?q=%D0%B4%D1%80%D0%BE%D0%B1%D0%B8");
        String mine = found.body();
        assertFalse(found.ids("material.xhtml").isEmpty(),
                "s7 finds its own copy of the demo's lesson on fractions, so the search did answer");
        for (long id : g3Materials) {
            assertFalse(mine.contains("material.xhtml?id=" + id + "\""), "school search shows no g3 material " + id);
        }
        String g3Corners = WebSession.signedIn("g3.teacher").get("/library/corners.xhtml").body();
        assertTrue(g3Corners.contains(GAMES) && g3Corners.contains(G3_AUTHOR), "g3 sees its corner with its author");
        String s7Corners = s7.get("/library/corners.xhtml").body();
        assertTrue(s7Corners.contains(GAMES) && s7Corners.contains(S7_AUTHOR), "s7 sees its own copy, by its author");
        assertFalse(s7Corners.contains(G3_AUTHOR), "s7's corners show nothing of g3");
        for (long id : g3Materials) {
            assertFalse(s7Corners.contains("material.xhtml?id=" + id + "\""), "nor link to g3's material " + id);
        }
    }
}
