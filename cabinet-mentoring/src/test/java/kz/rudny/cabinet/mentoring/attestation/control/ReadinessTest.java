package kz.rudny.cabinet.mentoring.attestation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.people.boundary.QualificationCategory;
import kz.rudny.cabinet.domain.people.boundary.StaffCard;
import kz.rudny.cabinet.mentoring.attestation.boundary.AchievementLevel;
import kz.rudny.cabinet.mentoring.attestation.boundary.AttestationView;
import kz.rudny.cabinet.mentoring.attestation.boundary.Checklist;
import kz.rudny.cabinet.mentoring.attestation.boundary.EvidenceKind;
import kz.rudny.cabinet.mentoring.attestation.boundary.EvidenceView;
import kz.rudny.cabinet.mentoring.attestation.boundary.RequirementView;
import kz.rudny.cabinet.mentoring.courses.boundary.DueState;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The readiness checklist against the requirements table (a level counts for itself and every level below), the
 * attestation reminders' stages with a moved clock, and the portfolio's PDF read back with its Kazakh letters.
 */
class ReadinessTest {

    private static final List<RequirementView> TABLE = List.of(
            new RequirementView(1, QualificationCategory.EXPERT, EvidenceKind.PUPIL_RESULT, AchievementLevel.TOWN, 1, 1),
            new RequirementView(2, QualificationCategory.EXPERT, EvidenceKind.PUBLICATION, AchievementLevel.TOWN, 2, 1),
            new RequirementView(3, QualificationCategory.MASTER, EvidenceKind.PUPIL_RESULT, AchievementLevel.REPUBLIC, 1,
                    1));
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    private static EvidenceView evidence(long id, EvidenceKind kind, AchievementLevel level, Integer percent) {
        return new EvidenceView(id, kind, level, "Облыстық олимпиада", DAY, kind == EvidenceKind.PUPIL_RESULT
                ? "Әлімжанова Дана" : null, kind == EvidenceKind.PUPIL_RESULT ? 2 : null, percent, null, null, null);
    }

    @Test
    void aLevelCountsForItselfAndTheLevelsBelowAndOnlyTheTargetsRowsCount() {
        List<EvidenceView> portfolio = new ArrayList<>(List.of(
                evidence(1, EvidenceKind.PUPIL_RESULT, AchievementLevel.SCHOOL, null),
                evidence(2, EvidenceKind.PUBLICATION, AchievementLevel.REGION, null),
                evidence(3, EvidenceKind.TEST_RESULT, AchievementLevel.REPUBLIC, 68)));
        Checklist c = Readiness.of(QualificationCategory.EXPERT, TABLE, 70, 3, portfolio, 8);
        assertEquals(2, c.items().size(), "only the expert's rows");
        assertEquals(0, c.items().get(0).have(), "a school result is below the town level");
        assertEquals(1, c.items().get(1).have(), "a region publication counts at town level");
        assertFalse(c.testMet(), "68 % is under 70 %");
        assertTrue(c.yearsMet());
        assertEquals(3, c.missing());
        assertFalse(c.ready());

        portfolio.add(evidence(4, EvidenceKind.PUPIL_RESULT, AchievementLevel.TOWN, null));
        portfolio.add(evidence(5, EvidenceKind.PUBLICATION, AchievementLevel.TOWN, null));
        portfolio.add(evidence(6, EvidenceKind.TEST_RESULT, AchievementLevel.REPUBLIC, 74));
        Checklist ready = Readiness.of(QualificationCategory.EXPERT, TABLE, 70, 3, portfolio, 8);
        assertTrue(ready.ready(), "the best test result counts");
        assertEquals(74, ready.bestTest());
        assertFalse(Readiness.of(QualificationCategory.EXPERT, TABLE, 70, 9, portfolio, 8).yearsMet());
        assertNull(Readiness.of(QualificationCategory.EXPERT, TABLE, 70, 3, List.of(), 8).bestTest());
    }

    @Test
    void attestationRemindersAYearAndThreeMonthsBeforeAndWhenOverdue() {
        LocalDate due = LocalDate.of(2027, 6, 15);
        assertNull(AttestationReminders.stage(due, LocalDate.of(2026, 6, 14)));
        assertEquals("YEAR", AttestationReminders.stage(due, LocalDate.of(2026, 6, 15)));
        assertEquals("YEAR", AttestationReminders.stage(due, LocalDate.of(2027, 3, 14)));
        assertEquals("THREE_MONTHS", AttestationReminders.stage(due, LocalDate.of(2027, 3, 15)));
        assertEquals("THREE_MONTHS", AttestationReminders.stage(due, due));
        assertEquals("OVERDUE", AttestationReminders.stage(due, due.plusDays(1)));
        assertNull(AttestationReminders.stage(null, due));
    }

    @Test
    void thePortfolioPrintsBySectionWithTheChecklistInKazakh() throws IOException {
        List<EvidenceView> portfolio = List.of(evidence(1, EvidenceKind.PUPIL_RESULT, AchievementLevel.REGION, null),
                evidence(2, EvidenceKind.TEST_RESULT, AchievementLevel.REPUBLIC, 72));
        AttestationView a = new AttestationView(7, "Сұлтанова Жанар Бақытқызы", "Бастауыш сынып мұғалімі",
                QualificationCategory.MODERATOR, LocalDate.of(2022, 5, 10), LocalDate.of(2027, 5, 10),
                DueState.DUE_THIS_YEAR, null, null, QualificationCategory.EXPERT, 2027, 1);
        byte[] pdf = PortfolioPdf.write(new StaffCard(7, "Сұлтанова Жанар Бақытқызы", "Бастауыш сынып мұғалімі", 1,
                        "Абай атындағы №3 мектеп-гимназия"), a,
                Readiness.of(QualificationCategory.EXPERT, TABLE, 70, 3, portfolio, 8), portfolio, Language.KK);
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("Педагогтің аттестаттауға арналған портфолиосы"), text);
        assertTrue(text.contains("Сұлтанова Жанар Бақытқызы") && text.contains("педагог-модератор"), text);
        assertTrue(text.contains("Оқушылардың олимпиадалар мен конкурстардағы нәтижелері"), text);
        assertTrue(text.contains("Әлімжанова Дана, 2 орын"), text);
        assertTrue(text.contains("облыстық"), text);
        assertTrue(text.contains("«педагог-сарапшы» санатына дайындық"), text);
        assertTrue(text.contains("кемінде 70%, ең жақсы нәтиже 72%"), text);
    }
}
