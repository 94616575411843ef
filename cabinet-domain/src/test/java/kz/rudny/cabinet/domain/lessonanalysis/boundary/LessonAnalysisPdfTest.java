package kz.rudny.cabinet.domain.lessonanalysis.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.people.boundary.Language;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The shared printout of lesson analyses, read back with PDFBox; the template form's checks by the field. */
class LessonAnalysisPdfTest {

    @Test
    void aKazakhPrintoutHasTheKazakhHeadingsAndTexts() throws IOException {
        FilledAnalysis a = new FilledAnalysis("Сабақты талдау үлгісі", List.of(new FilledAnalysis.Section(
                "Сабақтың мақсаттары", List.of(new FilledAnalysis.Criterion("Мақсат оқушыларға түсінікті", 5,
                        "Өте жақсы"), new FilledAnalysis.Criterion("Уақыт бөлінді", null, null)))),
                List.of(new FilledAnalysis.Note("С оқушысы", "Қолдаумен орындады")), "Саралауды күшейту");
        PrintedLesson lesson = new PrintedLesson("№3 мектеп-гимназия", "Қасымова Әйгерім", "8 Ә", "Қазақ әдебиеті",
                "Абай – ұлы ақын", "Өлеңнің идеясын талдау", LocalDateTime.of(2025, 11, 25, 10, 0),
                List.of(new PrintedLesson.Observed("Оспанов Ерлан", "№3 мектеп-гимназия", a)),
                "Мақсаттарға қол жеткізілді.");
        String text = text(LessonAnalysisPdf.write(lesson, Language.KK));
        for (String expected : List.of("Сабаққа қатысу және сабақты талдау", "Мұғалім: Қасымова Әйгерім",
                "Мақсат оқушыларға түсінікті", "Өте жақсы", "Ұсыныстар: Саралауды күшейту", "С оқушысы",
                "Мұғалімнің өзіндік талдауы", "Мақсаттарға қол жеткізілді.", "25.11.2025 10:00")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
        assertTrue(text(LessonAnalysisPdf.write(lesson, Language.RU)).contains("Посещение и анализ урока"));
    }

    @Test
    void aTemplateFormIsCheckedByTheField() {
        AnalysisTemplateForm f = new AnalysisTemplateForm();
        f.setName(" ");
        f.getSections().add(new AnalysisTemplateForm.Section("Мақсаттар", List.of()));
        f.getSections().add(new AnalysisTemplateForm.Section("Құрылым", List.of("к".repeat(501))));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> AnalysisTemplates.check(f));
        assertEquals(List.of("name", "sections[0].criteria", "sections[1].criteria"),
                e.problems().stream().map(InvalidInputException.Problem::field).toList());
        AnalysisTemplateForm many = new AnalysisTemplateForm();
        many.setName("Үлгі");
        for (int i = 0; i < 16; i++) {
            many.getSections().add(new AnalysisTemplateForm.Section("Бөлім " + i, List.of("Критерий")));
        }
        assertEquals("analysis.tooManySections", assertThrows(InvalidInputException.class,
                () -> AnalysisTemplates.check(many)).problems().get(0).messageKey());
        many.setSections(new java.util.ArrayList<>(many.getSections().subList(0, 15)));
        assertEquals(15, AnalysisTemplates.check(many).size());
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
