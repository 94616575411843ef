package kz.rudny.cabinet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Attestation readiness in Kazakh, through the browser: a педагог-эксперт of school №7 (s7.t04) aims at
 * педагог-зерттеуші next year and sees the checklist of what the district's table asks and what is missing (a pupil's
 * result at region level among it); she adds a pupil's olympiad result at region level with its diploma's scan (the
 * pupil's name left out first: the message by the field, the rest kept), and the checklist changes: that line is met
 * and one thing fewer is missing. The portfolio's PDF reads back with the Kazakh letters intact. The scan is hers and
 * the methodologist's to open: not a colleague's of her school, not another school's.
 */
class AttestationJourneyIT {

    private static final ZoneId RUDNY = ZoneId.of("Asia/Qostanay");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String REQUIRED = "Бұл өрісті толтырыңыз.";
    private static final String PUPIL = "Нұрлыбекова Әйгерім Ғалымқызы";
    private static final Pattern MISSING = Pattern.compile("(\\d+) талап орындалмаған");

    @Test
    void aTargetCategoryShowsWhatIsMissingAndAPupilsResultChangesTheChecklist() throws Exception {
        String run = String.valueOf(System.currentTimeMillis() % 100000);
        String title = "Информатикадан облыстық олимпиада, " + run;
        LocalDate today = LocalDate.now(RUDNY);
        long evidenceId;
        try (Browser teacher = new Browser()) {
            teacher.signIn("s7.t04");
            teacher.clickAndWait("lang:kk");
            teacher.open("/mentoring/attestation.xhtml");
            teacher.selectByText("target:targetCategory_input", "Педагог-зерттеуші");
            teacher.selectByText("target:targetYear_input", String.valueOf(today.getYear() + 1));
            teacher.clickAndWait("target:aim");
            assertTrue(teacher.pageText().contains("Мақсат сақталды."), teacher.pageText());
            assertTrue(teacher.textOf("checklistTitle").contains("Педагог-зерттеуші"), teacher.textOf("checklistTitle"));
            String pupilsLine = pupilsLine(teacher);
            int have = haveIn(pupilsLine);
            int missingBefore = missing(teacher);
            assertTrue(missingBefore >= 1, teacher.textOf("checklist"));
            teacher.screenshot("attestation-target-kk");
            teacher.assertAccessible("the checklist for the target");

            // The pupil's result without the pupil's name: refused by that field, the rest kept, nothing stored.
            teacher.choose("evidence:kind", "Оқушылардың нәтижелері");
            teacher.waitFor().until(d -> !teacher.all(By.id("evidence:pupilName")).isEmpty());
            teacher.selectByText("evidence:level_input", "Облыстық");
            teacher.type("evidence:title", title);
            teacher.setValue("evidence:achievedOn_input", today.minusDays(30).format(DAY));
            teacher.type("evidence:place_input", "1");
            teacher.clickAndWait("evidence:add");
            assertTrue(teacher.fieldText("evidence:pupilName").contains(REQUIRED), teacher.fieldText("evidence:pupilName"));
            assertFalse(teacher.pageText().contains("Дәлел портфолиоға қосылды."), teacher.pageText());
            assertEquals(title, teacher.find("evidence:title").getAttribute("value"), "the title stays");
            assertEquals(pupilsLine, pupilsLine(teacher), "nothing stored");
            teacher.screenshot("attestation-evidence-bad-input-kk");
            teacher.assertAccessible("the evidence form with a message");

            teacher.type("evidence:pupilName", PUPIL);
            teacher.driver.findElement(By.id("evidence:file")).sendKeys(Browser.onePagePdf("диплом-").toAbsolutePath().toString());
            teacher.clickAndWait("evidence:add");
            assertTrue(teacher.pageText().contains("Дәлел портфолиоға қосылды."), teacher.pageText());
            String after = pupilsLine(teacher);
            assertEquals(have + 1, haveIn(after), after);
            if (have == 0) {
                assertEquals(missingBefore - 1, missing(teacher), "the pupils' line met: " + teacher.textOf("checklist"));
            }
            WebElement row = teacher.driver.findElement(By.xpath("//tr[td[contains(normalize-space(.),'" + title + "')]]"));
            assertTrue(row.getText().contains(PUPIL), row.getText());
            String href = row.findElement(By.cssSelector("a[href*='evidence-file?id=']")).getAttribute("href");
            evidenceId = Long.parseLong(href.replaceFirst("^.*id=(\\d+).*$", "$1"));
            assertEquals(200, teacher.download("/mentoring/evidence-file?id=" + evidenceId).statusCode());
            teacher.screenshot("attestation-evidence-added-kk");

            String pdf = pdfText(teacher, "/mentoring/portfolio-pdf?lang=kk").replaceAll("\\s+", " ");
            assertTrue(pdf.contains("Педагогтің аттестаттауға арналған портфолиосы"), pdf);
            assertTrue(pdf.contains(PUPIL) && pdf.contains(title) && pdf.contains("Ибраева Гаухар Ержанқызы"), pdf);
        }

        // The methodologist opens the scan; a colleague of the school and another school's methodologist do not.
        try (Browser methodologist = new Browser()) {
            methodologist.signIn("s7.methodologist");
            assertEquals(200, methodologist.download("/mentoring/evidence-file?id=" + evidenceId).statusCode());
        }
        for (String who : new String[] {"s7.t03", "g3.methodologist"}) {
            try (Browser other = new Browser()) {
                other.signIn(who);
                assertEquals(404, other.download("/mentoring/evidence-file?id=" + evidenceId).statusCode(), who);
            }
        }
    }

    private static String pupilsLine(Browser b) {
        return b.driver.findElement(By.xpath("//*[@id='checklist']//li[contains(normalize-space(.),'Оқушылардың нәтижелері')]"))
                .getText().replaceAll("\\s+", " ");
    }

    /** "…, деңгейі кемінде: Облыстық — бар: 1, қажет: 1": what there is. */
    private static int haveIn(String line) {
        Matcher m = Pattern.compile("бар: (\\d+)").matcher(line);
        assertTrue(m.find(), line);
        return Integer.parseInt(m.group(1));
    }

    private static int missing(Browser b) {
        Matcher m = MISSING.matcher(b.textOf("readiness"));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static String pdfText(Browser b, String path) throws Exception {
        HttpResponse<byte[]> pdf = b.download(path);
        assertEquals(200, pdf.statusCode(), path);
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII), path);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
