package kz.rudny.cabinet.library.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.spreadsheet.SheetFileException;
import kz.rudny.cabinet.library.catalogue.boundary.HoldingType;
import kz.rudny.cabinet.library.catalogue.boundary.TitleForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogueSheetCsvTest {

    static ImportResult csv(String text) throws SheetFileException {
        return CatalogueSheet.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void kazakhHeadersSemicolonsBomQuotesAndLineBreaks() throws Exception {
        ImportResult result = csv("\uFEFFАтауы;Авторлары;Баспа;Жылы;ISBN;Тілі;Түрі;Пән;Сыныптар;Сөре;Аңдатпа;Дана;"
                + "Түгендеу нөмірлері\r\n"
                + "\"Физика; 7 сынып\";Әбілқасымова Ә.Ғ.;Атамұра;2019;978-601-7101-24-4;қазақ;"
                + "әдістемелік нұсқаулар;PHYSICS;7;А-3;\"Оқулыққа \"\"әдістемелік\"\" нұсқау,\r\nекінші жол: "
                + "ңғүұқөһі\";;\"ИН-1, ИН-2 ИН-3\"\r\n"
                + "Русский язык. 5–9 классы;Иванов И.И., Пётр П.;Просвещение;2018 г.;5-09-071623-4;русский;"
                + "словарь;RUSSIAN;5–9;Б-1;;2;\r\n");

        assertTrue(result.isClean(), result.refusals()::toString);
        assertEquals(2, result.taken().size());

        ImportedTitle kazakh = result.taken().get(0);
        TitleForm form = kazakh.title();
        assertEquals(2, kazakh.rowNumber());
        assertEquals("Физика; 7 сынып", form.getTitle());
        assertEquals("Әбілқасымова Ә.Ғ.", form.getAuthors());
        assertEquals("Атамұра", form.getPublisher());
        assertEquals(2019, form.getPublicationYear());
        assertEquals("9786017101244", form.getIsbn());
        assertEquals(Language.KK, form.getLanguage());
        assertEquals(HoldingType.METHODICAL_GUIDELINE, form.getType());
        assertEquals("PHYSICS", kazakh.subjectCode());
        assertEquals(7, form.getGradeFrom());
        assertEquals(7, form.getGradeTo());
        assertEquals("А-3", form.getShelfPlace());
        assertEquals("Оқулыққа \"әдістемелік\" нұсқау,\r\nекінші жол: ңғүұқөһі", form.getAnnotation());
        assertEquals(List.of("ИН-1", "ИН-2", "ИН-3"), kazakh.inventoryNumbers());
        assertEquals(3, kazakh.copies());

        ImportedTitle russian = result.taken().get(1);
        assertEquals(3, russian.rowNumber(), "a quoted line break does not shift row numbers");
        assertEquals("Русский язык. 5–9 классы", russian.title().getTitle());
        assertEquals("Иванов И.И., Пётр П.", russian.title().getAuthors());
        assertEquals(2018, russian.title().getPublicationYear());
        assertEquals("9785090716239", russian.title().getIsbn());
        assertEquals(Language.RU, russian.title().getLanguage());
        assertEquals(HoldingType.DICTIONARY, russian.title().getType());
        assertEquals(5, russian.title().getGradeFrom());
        assertEquals(9, russian.title().getGradeTo());
        assertNull(russian.title().getAnnotation());
        assertEquals(List.of(), russian.inventoryNumbers());
        assertEquals(2, russian.copies());
        assertEquals(5, result.copies());
    }

    @Test
    void russianHeadersCommasAndQuotedCommas() throws Exception {
        ImportResult result = csv("Название,Авторы,Издательство,Год,ISBN,Язык,Тип,Предмет,Классы,Полка,Аннотация,"
                + "Экземпляры,Инвентарные номера\n"
                + "\"Сборник задач, 10–11\",\"Рымкевич А.П., Рымкевич П.А.\",Дрофа,2015,,ru,справочник,,10-11,,"
                + "\"Задачи \"\"повышенной\"\" сложности\",,\"1001,1002\"\n"
                + "Әліппе,,,,,kk,Литература,,1,,,,\n");

        assertTrue(result.isClean(), result.refusals()::toString);
        TitleForm collection = result.taken().get(0).title();
        assertEquals("Сборник задач, 10–11", collection.getTitle());
        assertEquals("Рымкевич А.П., Рымкевич П.А.", collection.getAuthors());
        assertNull(collection.getIsbn());
        assertNull(result.taken().get(0).subjectCode());
        assertEquals(HoldingType.REFERENCE_BOOK, collection.getType());
        assertEquals("Задачи \"повышенной\" сложности", collection.getAnnotation());
        assertEquals(List.of("1001", "1002"), result.taken().get(0).inventoryNumbers());
        assertEquals(HoldingType.LITERATURE, result.taken().get(1).title().getType());
        assertEquals(1, result.taken().get(1).copies(), "no copies and no inventory numbers: one copy");
    }

    @Test
    void englishHeadersInAnyOrderUnknownColumnsIgnoredBlankRowsSkipped() throws Exception {
        ImportResult result = csv("No.,ISBN,Type,TITLE,Notes,Grades,Language,Publication year,Subject code,Copies\n"
                + "1,ISBN 0-306-40615-2,PERIODICAL,Physics Today,kept elsewhere,1–4,English,2001,physics,4\n"
                + ",,,,,,,,,\n"
                + "\n"
                + "3,,,   ,just a note,,,,,\n"
                + "4,,научно-методическое издание,Teaching,,5 - 9 кл.,EN,2020,,\n");

        assertEquals(List.of("No.", "Notes"), result.ignoredHeaders());
        assertTrue(result.isClean(), result.refusals()::toString);
        assertEquals(2, result.taken().size());
        ImportedTitle first = result.taken().get(0);
        assertEquals("Physics Today", first.title().getTitle());
        assertEquals("9780306406157", first.title().getIsbn());
        assertEquals(HoldingType.PERIODICAL, first.title().getType());
        assertEquals(Language.EN, first.title().getLanguage());
        assertEquals(1, first.title().getGradeFrom());
        assertEquals(4, first.title().getGradeTo());
        assertEquals("physics", first.subjectCode());
        assertEquals(4, first.copies());
        assertEquals(6, result.taken().get(1).rowNumber(), "blank and note-only rows are skipped");
        assertEquals(HoldingType.SCIENTIFIC_METHODICAL_PUBLICATION, result.taken().get(1).title().getType());
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "+7 701 000 00 00", "-5", "@SUM(A1)", "=HYPERLINK(\"http://x\",\"y\")"})
    void formulaLikeCellsStayText(String text) throws Exception {
        String quoted = "\"" + text.replace("\"", "\"\"") + "\"";
        ImportResult result = csv("title;authors\n" + quoted + ";" + quoted + "\n");
        assertEquals(text, result.taken().get(0).title().getTitle());
        assertEquals(text, result.taken().get(0).title().getAuthors());
    }

    @Test
    void separatorsInsideQuotedHeaderDoNotCount() throws Exception {
        ImportResult result = csv("Title,\"Notes; remarks; other; more\",Year\nA;B,x;y,2000\n");
        assertEquals(List.of("Notes; remarks; other; more"), result.ignoredHeaders());
        assertEquals("A;B", result.taken().get(0).title().getTitle());
        assertEquals(2000, result.taken().get(0).title().getPublicationYear());
    }

    @Test
    void bilingualHeaders() throws Exception {
        ImportResult result = csv("Атауы / Название;Жылы / Год\nКітап;2020\n");
        assertEquals("Кітап", result.taken().get(0).title().getTitle());
        assertEquals(2020, result.taken().get(0).title().getPublicationYear());
    }
}
