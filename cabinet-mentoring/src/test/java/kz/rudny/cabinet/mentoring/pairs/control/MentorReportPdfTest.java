package kz.rudny.cabinet.mentoring.pairs.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.people.boundary.TeacherWork;
import kz.rudny.cabinet.mentoring.pairs.boundary.NoteKind;
import kz.rudny.cabinet.mentoring.pairs.boundary.NoteView;
import kz.rudny.cabinet.mentoring.pairs.boundary.PairView;
import kz.rudny.cabinet.mentoring.pairs.boundary.Recommendation;
import kz.rudny.cabinet.mentoring.pairs.boundary.ReportView;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The mentor's report reads back from its PDF in Kazakh and Russian: the letters, the figures, the sign-off. */
class MentorReportPdfTest {

    private static final PairView PAIR = new PairView(1, 2026, 2, "Төлеуова Аружан Ерланқызы", 3,
            "Оспанов Ерлан Болатұлы", "112-Ж", LocalDate.of(2026, 9, 3), LocalDate.of(2026, 9, 3),
            LocalDate.of(2027, 5, 31), null, null, true, false, false, false);
    private static final ReportView REPORT = new ReportView(PAIR, new ReportView.Figures(13, 7, 4, 3, 1, 2,
            new TeacherWork(5, 1, 2, 3, 4)),
            "Уақытты бөлу қиын болды", "Қысқа мерзімді жоспарларды өзі құрады", Recommendation.CONTINUE,
            LocalDateTime.of(2027, 5, 20, 9, 0), LocalDateTime.of(2027, 5, 25, 9, 0), "Ахметова Ләззат Шәкірқызы");
    private static final List<NoteView> NOTES = List.of(new NoteView(1, LocalDate.of(2026, 10, 12), NoteKind.DIFFICULTY,
            "Сабақтың соңында кері байланысқа уақыт жетпейді", "Оспанов Ерлан Болатұлы"));

    @Test
    void theKazakhReportReadsBackWithItsLettersFiguresAndSignOff() throws IOException {
        String text = text(MentorReportPdf.write(REPORT, "Абай атындағы №3 мектеп-гимназия", NOTES, Language.KK));
        assertTrue(text.contains("Тәлімгердің жас маманмен жүргізген жұмысы туралы есебі"), text);
        assertTrue(text.contains("Төлеуова Аружан Ерланқызы") && text.contains("Абай атындағы №3 мектеп-гимназия"), text);
        assertTrue(text.contains("Жоспардың орындалған тармақтары 7 / 13"), text);
        assertTrue(text.contains("Жас маман қатысқан іс-шаралар 5") && text.contains("Жас маман өткізген ашық сабақтар 2")
                && text.contains("Жас маман жариялаған материалдар 3")
                && text.contains("Жас маманның әдістемелік бірлестік отырысындағы баяндамалары 4"), text);
        assertTrue(text.contains("Сабақтың соңында кері байланысқа уақыт жетпейді"), text);
        assertTrue(text.contains("Келесі оқу жылында тәлімгерлікті жалғастыру ұсынылады"), text);
        assertTrue(text.contains("Қаралды және бекітілді: Ахметова Ләззат Шәкірқызы, 25.05.2027"), text);
        assertTrue(text.contains("№ 112-Ж бұйрықпен 03.09.2026 бекітілген"), text);
    }

    @Test
    void theRussianReportHasRussianHeadings() throws IOException {
        String text = text(MentorReportPdf.write(REPORT, "Средняя школа №12", List.of(), Language.RU));
        assertTrue(text.contains("Отчёт наставника о работе с молодым специалистом"), text);
        assertTrue(text.contains("Посещено наставником уроков молодого специалиста 4"), text);
        assertTrue(text.contains("Выступлений молодого специалиста на мероприятиях 1"), text);
        assertTrue(text.contains("Рекомендуется продолжить наставничество"), text);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
