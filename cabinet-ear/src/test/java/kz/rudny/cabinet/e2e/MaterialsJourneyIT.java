package kz.rudny.cabinet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * The materials journey of the issue: a teacher uploads a material with a Kazakh title and a DOCX and submits
 * it; the association head approves it; another teacher finds it by a word inside the file; the methodologist
 * shares it with the town; a teacher of another school finds and downloads it; its certificate is checked on
 * the public page. Another school never opens the unshared material or its file.
 */
class MaterialsJourneyIT {

    private static final Pattern MATERIAL_ID = Pattern.compile("material\\.xhtml\\?id=(\\d+)");
    private static final Pattern FILE_LINK = Pattern.compile("/files/material/(\\d+)");
    private static final Pattern CODE = Pattern.compile("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");

    /** A word no other material has: Cyrillic letters only, so the analyzers treat it as one word. */
    private static String uniqueWord() {
        String letters = "бвгджзклмнпрст";
        Random random = new Random();
        StringBuilder word = new StringBuilder("квазар");
        for (int i = 0; i < 6; i++) {
            word.append(letters.charAt(random.nextInt(letters.length())));
        }
        return word.toString();
    }

    private static Path docx(String text) throws IOException {
        Path file = Files.createTempFile("сабақ-жоспары-", ".docx");
        try (XWPFDocument doc = new XWPFDocument(); var out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("Сабақ жоспары. " + text);
            doc.write(out);
        }
        return file;
    }

    private static HttpResponse<byte[]> get(Browser browser, String path) throws Exception {
        Cookie session = browser.driver.manage().getCookieNamed("JSESSIONID");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Browser.BASE + path));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session.getValue());
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aMaterialGoesFromUploadToReviewToTheTownAndItsCertificateIsGenuine() throws Exception {
        String word = uniqueWord();
        String title = "Сыни тұрғыдан ойлау сабақтары " + word.substring(6);
        Path file = docx("Оқушылар " + word + " тақырыбын топпен талқылайды.");
        String materialPath;
        long fileId;
        try (Browser author = new Browser()) {
            author.signIn("g3.teacher");
            author.open("/library/material-edit.xhtml");
            author.type("material:titleKk", title);
            author.driver.executeScript("PF('materialType').selectValue('LESSON_PLAN')");
            author.driver.executeScript("PF('materialLanguage').selectValue('KK')");
            author.driver.executeScript("var w = PF('materialAssociation'); w.input.find('option').each(function() {"
                    + " if (this.text.indexOf('Жұмабаева') >= 0) { w.selectValue(this.value); } });");
            author.clickAndWait("material:save");
            Matcher id = MATERIAL_ID.matcher(author.driver.getCurrentUrl());
            assertTrue(id.find(), author.pageText());
            materialPath = "/library/material.xhtml?id=" + id.group(1);

            author.driver.findElement(By.id("files:upload_input")).sendKeys(file.toAbsolutePath().toString());
            author.waitFor().until(d -> FILE_LINK.matcher(d.getPageSource()).find());
            Matcher link = FILE_LINK.matcher(author.driver.getPageSource());
            assertTrue(link.find());
            fileId = Long.parseLong(link.group(1));
            assertTrue(author.pageText().contains(".docx"), "the file is listed under its name");
            author.screenshot("materials-draft-with-file");

            author.clickAndWait("actions:submit");
            assertEquals("Қарауда", author.textOf("status"), author::pageText);
        }

        try (Browser head = new Browser()) {
            head.signIn("g3.head");
            head.open("/library/review.xhtml");
            assertTrue(head.pageText().contains(title), "the association head sees it in the review list");
            head.open(materialPath);
            head.type("review:comment", "Жақсы жұмыс.");
            head.clickAndWait("review:approve");
            assertEquals("Жарияланды", head.textOf("status"));
            assertTrue(head.pageText().contains("Жақсы жұмыс."), "the review comment is recorded on the material");
            head.screenshot("materials-approved");
        }

        try (Browser colleague = new Browser()) {
            colleague.signIn("g3.t02");
            // the file's text is read in the background after the approval: asked again until it is in the index
            colleague.waitFor().until(d -> {
                colleague.open("/search.xhtml?q=" + word);
                return colleague.pageText().contains(title);
            });
            colleague.screenshot("materials-found-by-word-in-file");
            HttpResponse<byte[]> download = get(colleague, "/files/material/" + fileId);
            assertEquals(200, download.statusCode());
            String disposition = download.headers().firstValue("Content-Disposition").orElse("");
            assertTrue(disposition.startsWith("attachment"), disposition);
            assertTrue(URLDecoder.decode(disposition, StandardCharsets.UTF_8).contains("сабақ-жоспары-"),
                    "the Kazakh file name survives: " + disposition);
            assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
        }

        try (Browser stranger = new Browser()) {
            stranger.signIn("s12.teacher");
            assertEquals(404, get(stranger, materialPath).statusCode(), "another school never opens the unshared material");
            stranger.open(materialPath);
            assertFalse(stranger.pageText().contains(title), "and the error page does not show it either");
            assertEquals(404, get(stranger, "/files/material/" + fileId).statusCode(), "nor its file");
            stranger.open("/search.xhtml?q=" + word);
            assertFalse(stranger.all(By.cssSelector("div.notice[id$='empty']")).isEmpty(),
                    "the search answered that nothing was found: " + stranger.pageText());
            assertFalse(stranger.pageText().contains(title), "nor finds it");
        }

        try (Browser methodologist = new Browser()) {
            methodologist.signIn("g3.methodologist");
            methodologist.open(materialPath);
            methodologist.clickAndWait("actions:share");
            assertTrue(methodologist.pageText().contains("Қалаға берілді"), methodologist.pageText());
        }

        try (Browser reader = new Browser()) {
            reader.signIn("s12.teacher");
            reader.waitFor().until(d -> {
                reader.open("/search.xhtml?scope=district&q=" + word);
                return reader.pageText().contains(title);
            });
            assertTrue(reader.pageText().contains("Абай атындағы №3 мектеп-гимназия"), "the school of origin is shown");
            reader.screenshot("materials-found-in-town");
            Matcher shared = Pattern.compile("/files/shared/(\\d+)").matcher("");
            reader.driver.findElement(By.partialLinkText(title)).click();
            reader.waitFor().until(d -> d.getCurrentUrl().contains("/exchange/material.xhtml"));
            shared.reset(reader.driver.getPageSource());
            assertTrue(shared.find(), "the shared material lists its file");
            HttpResponse<byte[]> download = get(reader, "/files/shared/" + shared.group(1));
            assertEquals(200, download.statusCode());
            assertTrue(download.body().length > 100 && download.body()[0] == 'P' && download.body()[1] == 'K',
                    "the DOCX itself comes back");
        }

        String code;
        try (Browser author = new Browser()) {
            author.signIn("g3.teacher");
            HttpResponse<byte[]> pdf = get(author, "/library/certificate?material="
                    + materialPath.substring(materialPath.indexOf('=') + 1) + "&kind=APPROVED_IN_SCHOOL&lang=kk");
            assertEquals(200, pdf.statusCode());
            String text;
            try (var document = Loader.loadPDF(pdf.body())) {
                text = new PDFTextStripper().getText(document);
            }
            assertTrue(text.contains("Қасымова Әйгерім Нұрланқызы"), text);
            Matcher found = CODE.matcher(text);
            assertTrue(found.find(), text);
            code = found.group();
        }
        try (Browser anyone = new Browser()) {
            anyone.open("/verify.xhtml?code=" + code);
            assertTrue(anyone.pageText().contains("Қасымова Әйгерім Нұрланқызы"), anyone.pageText());
            assertTrue(anyone.pageText().contains(title), "the certificate names the material");
            anyone.screenshot("materials-certificate-verified");
        }
        Files.deleteIfExists(file);
    }

}
