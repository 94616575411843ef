package kz.rudny.cabinet.library.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.library.catalogue.boundary.HoldingType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Header names, language and type words, grades and years as people write them. */
class ImportVocabularyTest {

    @Test
    void everyDocumentedHeaderFindsItsColumn() {
        for (ImportColumn column : ImportColumn.values()) {
            for (String header : column.headers()) {
                assertEquals(Optional.of(column), ImportColumn.byHeader(header), header);
                assertEquals(Optional.of(column), ImportColumn.byHeader(" " + header.toUpperCase(Locale.ROOT) + " *"), header);
            }
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Атауы | TITLE", "НАЗВАНИЕ: | TITLE", "Title | TITLE", "Авторлары | AUTHORS", "Баспа | PUBLISHER",
            "Год издания | YEAR", "Жылы | YEAR", "Тілі | LANGUAGE", "Түрі | TYPE", "Пән | SUBJECT",
            "Subject_code | SUBJECT", "Сыныптар | GRADES", "Сөре | SHELF", "Аңдатпа | ANNOTATION", "Дана | COPIES",
            "Түгендеу   нөмірлері | INVENTORY", "Инвентарные номера | INVENTORY", "Сөре / Полка | SHELF"})
    void headers(String header, ImportColumn column) {
        assertEquals(Optional.of(column), ImportColumn.byHeader(header));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "kk | KK", "KZ | KK", "қазақ | KK", "Қазақша | KK", "казахский | KK", "ru | RU", "Русский | RU",
            "орыс тілі | RU", "en | EN", "English | EN", "ағылшын | EN", "английский язык | EN"})
    void languages(String word, Language language) {
        assertEquals(Optional.of(language), ImportWords.language(word));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "METHODICAL_GUIDELINE | METHODICAL_GUIDELINE", "methodical guideline | METHODICAL_GUIDELINE",
            "Методические рекомендации | METHODICAL_GUIDELINE", "әдістемелік нұсқаулар | METHODICAL_GUIDELINE",
            "литература | LITERATURE", "Әдебиет | LITERATURE", "справочник | REFERENCE_BOOK",
            "анықтамалық | REFERENCE_BOOK", "Словарь | DICTIONARY", "сөздік | DICTIONARY",
            "научно-методическое издание | SCIENTIFIC_METHODICAL_PUBLICATION",
            "ғылыми-әдістемелік басылым | SCIENTIFIC_METHODICAL_PUBLICATION", "периодика | PERIODICAL",
            "Журнал. | PERIODICAL", "мерзімді басылым | PERIODICAL", "reference_book | REFERENCE_BOOK"})
    void types(String word, HoldingType type) {
        assertEquals(Optional.of(type), ImportWords.type(word));
    }

    @ParameterizedTest(name = "{0} → {1}-{2}")
    @CsvSource(delimiter = '|', value = {
            "7 | 7 | 7", "5-9 | 5 | 9", "1–4 | 1 | 4", "1—4 | 1 | 4", "5 - 9 | 5 | 9", "10-11 | 10 | 11",
            "5-9 кл. | 5 | 9", "7 класс | 7 | 7", "5–9 сыныптар | 5 | 9", "1-11 | 1 | 11"})
    void grades(String text, int from, int to) {
        assertEquals(Optional.of(new ImportValues.Grades(from, to)), ImportValues.grades(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "12", "9-5", "5,9", "5-", "-5", "V-IX", "5-9-11", "пятый"})
    void badGrades(String text) {
        assertTrue(ImportValues.grades(text).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"2019, 2019", "2019 г., 2019", "2019 ж., 2019", "1800, 1800", "2100, 2100"})
    void years(String text, int year) {
        assertEquals(Optional.of(year), ImportValues.year(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1799", "2101", "19", "2019.0", "две тысячи", "2019-2020"})
    void badYears(String text) {
        assertTrue(ImportValues.year(text).isEmpty());
    }
}
