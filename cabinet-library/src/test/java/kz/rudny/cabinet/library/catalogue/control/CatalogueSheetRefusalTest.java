package kz.rudny.cabinet.library.catalogue.control;

import static kz.rudny.cabinet.library.catalogue.control.CatalogueSheetCsvTest.csv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogueSheetRefusalTest {

    private static final String HEADER = "Название;Авторы;Год;ISBN;Язык;Тип;Классы;Экземпляры;Инвентарные номера;Полка\n";

    @ParameterizedTest(name = "{1}: [{0}]")
    @CsvSource(delimiter = '|', value = {
            ";Автор;;;;;;;;                                 | import.title.required     | TITLE",
            "Т;;19x9;;;;;;;                                 | import.year.invalid       | YEAR",
            "Т;;1799;;;;;;;                                 | import.year.invalid       | YEAR",
            "Т;;2101;;;;;;;                                 | import.year.invalid       | YEAR",
            "Т;;;978-5-09-071623-4;;;;;;                    | import.isbn.invalid       | ISBN",
            "Т;;;978509071623;;;;;;                         | import.isbn.invalid       | ISBN",
            "Т;;;ISBN abc;;;;;;                             | import.isbn.invalid       | ISBN",
            "Т;;;;немецкий;;;;;                             | import.language.unknown   | LANGUAGE",
            "Т;;;;de;;;;;                                   | import.language.unknown   | LANGUAGE",
            "Т;;;;;комикс;;;;                               | import.type.unknown       | TYPE",
            "Т;;;;;;9-5;;;                                  | import.grades.invalid     | GRADES",
            "Т;;;;;;12;;;                                   | import.grades.invalid     | GRADES",
            "Т;;;;;;0;;;                                    | import.grades.invalid     | GRADES",
            "Т;;;;;;5,9;;;                                  | import.grades.invalid     | GRADES",
            "Т;;;;;;;0;;                                    | import.copies.invalid     | COPIES",
            "Т;;;;;;;два;;                                  | import.copies.invalid     | COPIES",
            "Т;;;;;;;1000;;                                 | import.copies.invalid     | COPIES",
            "Т;;;;;;;2;A1 A2 A3;                            | import.copies.mismatch    | COPIES",
            "Т;;;;;;;;A1 A2 a1;                             | import.inventory.duplicate | INVENTORY",
            "Т;;;;;;;;A123456789012345678901234567890123456789012345678901;| import.inventory.invalid | INVENTORY",
    })
    void refusesRowWithKey(String row, String key, ImportColumn column) throws Exception {
        ImportResult result = csv(HEADER + "Хорошая книга;;;;;;;;;\n" + row.strip() + "\n");

        assertEquals(1, result.taken().size());
        assertEquals(List.of(new RowRefusal(3, column, header(column), key)), result.refusals());
        assertEquals(Set.of(3), result.refusedRows());
    }

    @Test
    void refusesTooLongText() throws Exception {
        ImportResult result = csv(HEADER + "Т".repeat(501) + ";;;;;;;;;" + "П".repeat(101) + "\n"
                + "Т".repeat(500) + ";;;;;;;;;" + "П".repeat(100) + "\n");

        assertEquals(List.of(new RowRefusal(2, ImportColumn.TITLE, "Название", "import.field.tooLong"),
                new RowRefusal(2, ImportColumn.SHELF, "Полка", "import.field.tooLong")), result.refusals());
        assertEquals(3, result.taken().get(0).rowNumber());
    }

    @Test
    void inventoryNumberTakenByAnEarlierRowIsADuplicate() throws Exception {
        ImportResult result = csv(HEADER
                + "Первая;;;;;;;;ИН-1 ИН-2;\n"
                + "Вторая;;;;;;;;ин-2;\n"
                + "Третья;;;;;;;;ИН-3;\n");

        assertEquals(List.of(new RowRefusal(3, ImportColumn.INVENTORY, "Инвентарные номера",
                "import.inventory.duplicate")), result.refusals());
        assertEquals(List.of(2, 4), result.taken().stream().map(ImportedTitle::rowNumber).toList());
    }

    @Test
    void numbersOfARefusedRowAreFreeForLaterRows() throws Exception {
        ImportResult result = csv(HEADER
                + ";;;;;;;;ИН-1;\n"
                + "Вторая;;;;;;;;ИН-1;\n");

        assertEquals(Set.of(2), result.refusedRows());
        assertEquals(List.of("ИН-1"), result.taken().get(0).inventoryNumbers());
    }

    @Test
    void everyProblemOfARowIsReported() throws Exception {
        ImportResult result = csv(HEADER + ";;3000;123;xx;yy;20;-1;;\n");

        assertEquals(List.of("import.title.required", "import.year.invalid", "import.isbn.invalid",
                        "import.language.unknown", "import.type.unknown", "import.grades.invalid",
                        "import.copies.invalid"),
                result.refusals().stream().map(RowRefusal::messageKey).toList());
        assertEquals(Set.of(2), result.refusedRows());
        assertTrue(result.taken().isEmpty());
    }

    private static String header(ImportColumn column) {
        return switch (column) {
            case TITLE -> "Название";
            case YEAR -> "Год";
            case ISBN -> "ISBN";
            case LANGUAGE -> "Язык";
            case TYPE -> "Тип";
            case GRADES -> "Классы";
            case COPIES -> "Экземпляры";
            case INVENTORY -> "Инвентарные номера";
            default -> throw new IllegalArgumentException(column.name());
        };
    }
}
