package kz.rudny.cabinet.domain.files.control;

import kz.rudny.cabinet.domain.files.boundary.FileKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FileNamesTest {

    static Stream<Arguments> submittedAndKept() {
        return Stream.of(
                Arguments.of("../../etc/passwd", "passwd"),
                Arguments.of("..\\..\\boot.ini", "boot.ini"),
                Arguments.of("C:\\Users\\Мұғалім\\план.docx", "план.docx"),
                Arguments.of("/home/teacher/", "file"),
                Arguments.of("<script>alert(1)</script>.docx", "script.docx"),
                Arguments.of("<b>план</b>", "b"),
                Arguments.of("a<b>c:d\"e|f?g*h'i`j.pdf", "abcdefghij.pdf"),
                Arguments.of("Сабақ жоспары — 5 сынып.docx", "Сабақ жоспары — 5 сынып.docx"),
                Arguments.of("ҚАЗАҚ ӘДЕБИЕТІ.pdf", "ҚАЗАҚ ӘДЕБИЕТІ.pdf"),
                Arguments.of("әғқңөұүһі ӘҒҚҢӨҰҮҺІ ёЁ.odt", "әғқңөұүһі ӘҒҚҢӨҰҮҺІ ёЁ.odt"),
                Arguments.of("Урок\n\r\tпо  истории.pptx", "Урок по истории.pptx"),
                Arguments.of("bell\u0007\u0000null\u001b[31m.pdf", "bellnull[31m.pdf"),
                Arguments.of("invoice\u202Excod.pdf", "invoicexcod.pdf"),
                Arguments.of("no\u00a0break\u2028line.docx", "no break line.docx"),
                Arguments.of("  .. hidden . docx ..  ", "hidden . docx"),
                Arguments.of(".htaccess", "file.htaccess"),
                Arguments.of("name...docx", "name.docx"),
                Arguments.of("   ", "file"),
                Arguments.of("...", "file"),
                Arguments.of("", "file"),
                Arguments.of(null, "file"),
                Arguments.of("<>:\"|?*.pdf", "file.pdf"),
                Arguments.of("и\u0306гілік е\u0308лка.docx", "\u0439гілік \u0451лка.docx"));
    }

    @ParameterizedTest
    @MethodSource("submittedAndKept")
    void keepsOnlyTheSafePartOfTheName(String submitted, String kept) {
        assertEquals(kept, FileNames.clean(submitted));
    }

    @ParameterizedTest
    @MethodSource("submittedAndKept")
    void cleaningTwiceChangesNothing(String submitted, String kept) {
        assertEquals(kept, FileNames.clean(FileNames.clean(submitted)));
    }

    @Test
    void capsALongNameKeepingItsExtension() {
        String kept = FileNames.clean("ә".repeat(300) + ".docx");
        assertEquals(FileNames.MAX_LENGTH, kept.length());
        assertEquals("ә".repeat(145) + ".docx", kept);
    }

    @Test
    void capsALongNameWithoutExtension() {
        assertEquals("Қ".repeat(150), FileNames.clean("Қ".repeat(300)));
    }

    @Test
    void capsWithoutLeavingHalfACharacterOrADotBeforeTheExtension() {
        assertEquals("a".repeat(144) + ".pdf", FileNames.clean("a".repeat(144) + ".." + "b".repeat(200) + ".pdf"));
        String emoji = FileNames.clean("x" + "\uD83D\uDCD8".repeat(100) + ".pdf");
        assertTrue(emoji.length() <= FileNames.MAX_LENGTH);
        assertEquals("x" + "\uD83D\uDCD8".repeat(72) + ".pdf", emoji);
    }

    static Stream<Arguments> extensionCases() {
        return Stream.of(
                Arguments.of("план.docx", FileKind.DOCX, "план.docx"),
                Arguments.of("ПЛАН.DOCX", FileKind.DOCX, "ПЛАН.DOCX"),
                Arguments.of("план", FileKind.DOCX, "план.docx"),
                Arguments.of("план.pdf", FileKind.DOCX, "план.docx"),
                Arguments.of("report.EXE", FileKind.PDF, "report.pdf"),
                Arguments.of("photo.jpeg", FileKind.JPEG, "photo.jpeg"),
                Arguments.of("photo.JPG", FileKind.JPEG, "photo.JPG"),
                Arguments.of("photo.png", FileKind.JPEG, "photo.jpg"),
                Arguments.of("Сабақ 5.1", FileKind.ODT, "Сабақ 5.1.odt"),
                Arguments.of("Dr.Smith", FileKind.PDF, "Dr.Smith.pdf"),
                Arguments.of("Ә.Қасымов", FileKind.PPTX, "Ә.Қасымов.pptx"),
                Arguments.of("file", FileKind.GIF, "file.gif"),
                Arguments.of("", FileKind.XLSX, "file.xlsx"),
                Arguments.of("../x.html", FileKind.ODP, "x.odp"),
                Arguments.of("ә".repeat(150), FileKind.DOCX, "ә".repeat(145) + ".docx"));
    }

    @ParameterizedTest
    @MethodSource("extensionCases")
    void endsTheNameWithAnExtensionOfTheKind(String cleaned, FileKind kind, String named) {
        assertEquals(named, FileNames.withExtension(cleaned, kind));
    }
}
