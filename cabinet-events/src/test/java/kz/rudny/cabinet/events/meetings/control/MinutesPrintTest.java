package kz.rudny.cabinet.events.meetings.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import kz.rudny.cabinet.domain.export.DocumentFormat;
import kz.rudny.cabinet.domain.export.ExportedFile;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.events.meetings.boundary.AgendaItemView;
import kz.rudny.cabinet.events.meetings.boundary.DecisionView;
import kz.rudny.cabinet.events.meetings.boundary.MeetingStatus;
import kz.rudny.cabinet.events.meetings.boundary.MeetingView;
import kz.rudny.cabinet.events.meetings.boundary.MinutesState;
import kz.rudny.cabinet.events.meetings.boundary.MinutesView;
import kz.rudny.cabinet.events.meetings.boundary.Presence;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** Minutes printed as the paper protocol: read back from the PDF and the DOCX, in Kazakh and in Russian. */
class MinutesPrintTest {

    private final MinutesPrinter printer = new MinutesPrinter();

    @Test
    void kazakhMinutesAsPdfHaveTheProtocolsPartsInOrder() throws Exception {
        ExportedFile pdf = printer.print(minutes(MinutesState.FINAL), "Абай атындағы №3 мектеп-гимназия", Language.KK,
                DocumentFormat.PDF);
        String text = pdfText(pdf.bytes());
        assertInOrder(text, "Абай атындағы №3 мектеп-гимназия", "№ 3 ХАТТАМА", "«Қазақ тілі ӘБ» әдістемелік бірлестігінің отырысы",
                "Төраға: Жұмабаева Гүлнар", "Қатысқандар: 2 адам", "Қатыспағандар: Нұрғалиев Асқар (дәлелді себеппен: Курс)",
                "КҮН ТӘРТІБІ:", "1. Функционалдық сауаттылық", "Бұрын қабылданған шешімдердің орындалуы туралы:",
                "№ 2 хаттама, 1-шешім", "ТЫҢДАЛДЫ: Жетекші баяндады.", "СӨЙЛЕДІ: Мүшелер пікір айтты.",
                "ШЕШІМ: Назарға алынсын.", "Шешімдер", "PISA тапсырмалар жинағын құрастыру", "Төраға ____________");
        assertTrue(!text.contains("ЖОБА"), "final minutes carry no draft mark");
        assertEquals(DocumentFormat.PDF, pdf.format());
        assertTrue(pdf.fileName().contains("№ 3"), pdf.fileName());
    }

    @Test
    void russianDraftMinutesAsDocxAreMarkedAsADraft() throws Exception {
        ExportedFile docx = printer.print(minutes(MinutesState.DRAFT), "Средняя школа №12", Language.RU,
                DocumentFormat.DOCX);
        String text;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.bytes()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            text = extractor.getText();
        }
        assertInOrder(text, "Средняя школа №12", "ПРОТОКОЛ № 3", "ЧЕРНОВИК", "Председатель: Жұмабаева Гүлнар",
                "Присутствовали: 2 чел.", "ПОВЕСТКА ДНЯ:", "О выполнении ранее принятых решений:", "СЛУШАЛИ:",
                "ВЫСТУПИЛИ:", "ПОСТАНОВИЛИ:", "Решения", "PISA тапсырмалар жинағын құрастыру", "Секретарь ____________");
    }

    private static MinutesView minutes(MinutesState state) {
        LocalDateTime start = LocalDateTime.of(2026, 11, 24, 15, 0);
        MeetingView meeting = new MeetingView(7, 1, "Қазақ тілі ӘБ", 2026, start, start.plusHours(1), "Әдістемелік кабинет",
                null, MeetingStatus.HELD, null, 3, state, "Жұмабаева Гүлнар",
                List.of(new AgendaItemView(1, 1, "Функционалдық сауаттылық", 11L, "Жұмабаева Гүлнар",
                        "Жетекші баяндады.", "Мүшелер пікір айтты.", "Назарға алынсын.")), true, true, 0);
        DecisionView earlier = new DecisionView(5, 6, "Қазақ тілі ӘБ", 2, start.minusWeeks(4), 1, "Кесте жасау", 12,
                "Исабекова Мөлдір", LocalDate.of(2026, 11, 20), null, null, true, false);
        DecisionView decision = new DecisionView(9, 7, "Қазақ тілі ӘБ", 3, start, 1, "PISA тапсырмалар жинағын құрастыру",
                12, "Исабекова Мөлдір", LocalDate.of(2026, 12, 10), null, null, false, false);
        return new MinutesView(meeting, "Жұмабаева Гүлнар", "Исабекова Мөлдір", null,
                List.of(new MinutesView.AttendanceView(11, "Жұмабаева Гүлнар", Presence.PRESENT, null),
                        new MinutesView.AttendanceView(12, "Исабекова Мөлдір", Presence.PRESENT, null),
                        new MinutesView.AttendanceView(13, "Нұрғалиев Асқар", Presence.EXCUSED, "Курс")),
                List.of(earlier), List.of(decision), List.of(), List.of(), null, null);
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static void assertInOrder(String text, String... parts) {
        String flat = text.replaceAll("\\s+", " ");
        int at = 0;
        for (String part : parts) {
            int found = flat.indexOf(part, at);
            assertTrue(found >= 0, "«" + part + "» after position " + at + " in: " + flat);
            at = found + part.length();
        }
    }
}
