package kz.rudny.cabinet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The library's corners (the seed document's three in every school, and a school's own ones, seen only in
 * that school) and the public check of a publication certificate, which needs no sign-in and says the same
 * for a code that does not exist and for one that cannot be a code.
 */
class CornersAndVerifyIT {

    /** The seed document's corners, named as it names them. */
    private static final List<String> SEED_CORNERS_KK = List.of(
            "Заманауи педагогикалық технологиялар және озық тәжірибемен алмасу",
            "Жас маманға көмек",
            "Бұл сізге қажет...");

    private static final String NOT_FOUND_KK = "Мұндай кодпен сертификат жоқ";
    private static final Pattern VERDICT = Pattern.compile("<div id=\"unknown\" class=\"verdict unknown\">(.*?)</div>",
            Pattern.DOTALL);

    @Test
    void aTeacherSeesTheThreeSeedCornersInKazakh() {
        try (Browser teacher = new Browser()) {
            teacher.signIn("g3.teacher");
            teacher.open("/library/corners.xhtml");
            inKazakh(teacher);
            assertEquals("Кітапхана бұрыштары", teacher.title());
            List<String> names = cornerNames(teacher);
            assertTrue(names.containsAll(SEED_CORNERS_KK), "seed corners in Kazakh: " + names);
            assertTrue(names.indexOf(SEED_CORNERS_KK.get(0)) < names.indexOf(SEED_CORNERS_KK.get(2)),
                    "in the seed order: " + names);
            assertTrue(teacher.all(By.id("newCorner:name")).isEmpty(), "a teacher does not manage corners");
            teacher.screenshot("corners-teacher-kk");
        }
        try (Browser phone = Browser.phone()) {
            phone.signIn("g3.young");
            phone.open("/library/corners.xhtml");
            inKazakh(phone);
            assertTrue(cornerNames(phone).containsAll(SEED_CORNERS_KK), phone.pageText());
            phone.screenshot("corners-phone-kk");
        }
    }

    @Test
    void aSchoolsOwnCornerIsSeenInThatSchoolOnly() {
        String name = "Ашық сабақтар бұрышы " + (System.currentTimeMillis() % 100000);
        try (Browser desk = new Browser()) {
            desk.signIn("g3.methodologist");
            desk.open("/library/corners.xhtml");
            inKazakh(desk);
            desk.clickAndWait("newCorner:create");
            assertTrue(desk.pageText().contains("Бұл өрісті толтырыңыз."), "the name is required: " + desk.pageText());
            desk.type("newCorner:name", name);
            desk.type("newCorner:description", "Мұғалімдердің ашық сабақтарының жоспарлары");
            desk.clickAndWait("newCorner:create");
            assertTrue(cornerNames(desk).contains(name), desk.pageText());
            desk.screenshot("corners-own-added");
            try {
                try (Browser teacher = new Browser()) {
                    teacher.signIn("g3.teacher");
                    teacher.open("/library/corners.xhtml");
                    assertTrue(cornerNames(teacher).contains(name), "the same school's teacher sees it");
                    assertTrue(teacher.pageText().contains("Мұғалімдердің ашық сабақтарының жоспарлары"));
                }
                try (Browser other = new Browser()) {
                    other.signIn("s12.teacher");
                    other.open("/library/corners.xhtml");
                    List<String> names = cornerNames(other);
                    assertTrue(names.size() >= 3, "another school has its own seed corners: " + names);
                    assertFalse(names.contains(name), "another school's corner is never shown: " + names);
                    assertFalse(other.pageText().contains(name));
                }
                WebSession s7 = WebSession.signedIn("s7.teacher");
                WebSession.Page page = s7.get("/library/corners.xhtml");
                assertEquals(200, page.status());
                assertFalse(page.body().contains(name), "nor to a third school");
            } finally {
                deleteCorner(desk, name);
            }
        }
    }

    @Test
    void theCheckOfACertificateAnswersTheSameForAnUnknownAndAMalformedCodeWithoutSigningIn() {
        String madeUp = randomCode();
        try (Browser anyone = new Browser()) {
            anyone.open("/verify.xhtml");
            assertTrue(anyone.driver.getCurrentUrl().contains("/verify.xhtml"), "no sign-in: " + anyone.driver.getCurrentUrl());
            assertTrue(anyone.all(By.id("out:signOut")).isEmpty(), "the public frame, no signed-in menu");
            anyone.clickAndWait("lang:kk");
            assertEquals("Сертификатты тексеру", anyone.title());

            anyone.type("verify:code", madeUp);
            anyone.clickAndWait("verify:check");
            assertTrue(anyone.find("unknown").getText().contains(NOT_FOUND_KK), anyone.pageText());
            assertTrue(anyone.all(By.id("genuine")).isEmpty());
            assertTrue(anyone.driver.getCurrentUrl().contains("code="), "the answer has an address of its own");
            String unknownAnswer = anyone.find("unknown").getText();
            anyone.screenshot("verify-unknown-kk");

            anyone.type("verify:code", "12-<b>34</b>");
            anyone.clickAndWait("verify:check");
            assertEquals(unknownAnswer, anyone.find("unknown").getText(), "malformed: the very same answer");
            assertTrue(anyone.all(By.id("genuine")).isEmpty());

            anyone.clickAndWait("lang:ru");
            assertTrue(anyone.find("unknown").getText().contains("Сертификата с таким кодом нет"),
                    "the language switch keeps the code: " + anyone.pageText());
            anyone.clickAndWait("lang:kk");
        }
        WebSession nobody = new WebSession();
        WebSession.Page unknown = nobody.get("/verify.xhtml?code=" + madeUp);
        WebSession.Page malformed = nobody.get("/verify.xhtml?code=%3Cb%3Ezz%3C%2Fb%3E");
        assertEquals(200, unknown.status(), "public: " + unknown.location());
        assertEquals(200, malformed.status(), "public: " + malformed.location());
        assertEquals(verdict(unknown.body()), verdict(malformed.body()), "one answer for both");
        assertFalse(malformed.body().contains("<b>zz</b>"), "what was typed is never echoed unescaped");
    }

    // --- helpers ---

    /** Switches to Kazakh when the page is in another language (which the person keeps). */
    private static void inKazakh(Browser browser) {
        if (!browser.find("lang:kk").getAttribute("class").contains("on")) {
            browser.clickAndWait("lang:kk");
        }
    }

    private static List<String> cornerNames(Browser browser) {
        browser.find("corners");
        return browser.all(By.cssSelector("section.corner h2.corner-name")).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }

    private static void deleteCorner(Browser desk, String name) {
        desk.open("/library/corners.xhtml");
        List<WebElement> sections = desk.all(By.cssSelector("section.corner"));
        for (WebElement section : sections) {
            if (section.findElement(By.cssSelector("h2.corner-name")).getText().strip().equals(name)) {
                section.findElement(By.cssSelector("button[id$=':delete']")).click();
                desk.waitFor().until(d -> d.findElement(By.cssSelector(".ui-confirmdialog-yes")).isDisplayed());
                desk.driver.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
                desk.waitFor().until(d -> !cornerNames(desk).contains(name));
                return;
            }
        }
        throw new AssertionError("corner not found to delete: " + name);
    }

    private static String verdict(String body) {
        Matcher m = VERDICT.matcher(body);
        if (!m.find()) {
            throw new AssertionError("no 'not found' answer in: " + body);
        }
        return m.group(1).replaceAll("\\s+", " ").strip();
    }

    /** A well-formed code (Crockford's base32, as printed) that no certificate has. */
    private static String randomCode() {
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        SecureRandom random = new SecureRandom();
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return code.toString();
    }
}
