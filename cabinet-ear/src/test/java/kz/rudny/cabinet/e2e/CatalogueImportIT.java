package kz.rudny.cabinet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The school methodologist imports an existing catalogue; correct rows are added, the others explained. */
class CatalogueImportIT {

    @Test
    void correctRowsAreAddedAndRefusedRowsExplainedAndNotStored() throws Exception {
        long n = System.currentTimeMillis() % 1000000;
        String csv = "\uFEFFАтауы;Авторлары;Жылы;ISBN;Түрі;Сыныптар;Түгендеу нөмірлері\n"
                + "Қазақ тілі: әдістемелік құрал " + n + ";Ермекова С.;2020;978-601-7012-34-2;әдістемелік нұсқаулар;5-9;I" + n + "-1 I" + n + "-2\n"
                + "\"Словарь синонимов; издание 2-е\" " + n + ";Иванов И.;2015;;словарь;;I" + n + "-3\n"
                + "Қате ISBN " + n + ";;2018;978-601-7012-34-3;;;I" + n + "-4\n";
        Path file = Files.createTempFile("catalogue", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        try (Browser desk = new Browser()) {
            desk.signIn("s7.methodologist");
            desk.open("/library/import.xhtml");
            desk.driver.findElement(By.id("import:file")).sendKeys(file.toAbsolutePath().toString());
            desk.clickAndWait("import:upload");
            desk.screenshot("library-import-report-kk");
            desk.find("taken");
            assertEquals(List.of("2", "3"), numbers(desk, "#taken strong"), "two titles with three copies: " + desk.pageText());
            assertEquals(List.of("1"), numbers(desk, "#refusedCount strong"), "one row refused: " + desk.pageText());
            assertTrue(desk.pageText().contains("ISBN дұрыс емес"), "the reason, in Kazakh: " + desk.pageText());

            desk.open("/library/catalogue.xhtml");
            desk.type("catalogue:filter", Long.toString(n));
            desk.waitFor().until(d -> desk.textOf("catalogue:table").contains("Словарь синонимов"));
            String list = desk.find("catalogue:table").getText();
            assertTrue(list.contains("Қазақ тілі: әдістемелік құрал " + n), list);
            assertTrue(list.contains("Словарь синонимов; издание 2-е"), "quoted separators kept: " + list);
            assertFalse(list.contains("Қате ISBN"), "a refused row stores nothing");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static List<String> numbers(Browser desk, String css) {
        return desk.all(By.cssSelector(css)).stream().map(e -> e.getText().strip()).toList();
    }

    @Test
    void aFileThatIsNoSpreadsheetIsRefusedWithAMessage() throws Exception {
        Path file = Files.createTempFile("not-a-catalogue", ".csv");
        Files.write(file, new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', 0, 1, 2});
        try (Browser desk = new Browser()) {
            desk.signIn("s12.methodologist");
            desk.open("/library/import.xhtml");
            desk.driver.findElement(By.id("import:file")).sendKeys(file.toAbsolutePath().toString());
            desk.clickAndWait("import:upload");
            assertTrue(desk.pageText().contains("Это не файл XLSX или CSV."), desk.pageText());
            assertTrue(desk.all(By.id("taken")).isEmpty(), "no report");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void onlyTheMethodologistOpensTheLibraryDeskPages() {
        WebSession teacher = WebSession.signedIn("s7.teacher");
        for (String page : new String[] {"/library/import.xhtml", "/library/title-edit.xhtml", "/library/overdue.xhtml"}) {
            assertEquals(403, teacher.get(page).status(), page);
        }
        assertEquals(200, teacher.get("/library/catalogue.xhtml").status());
        assertEquals(200, teacher.get("/library/loans.xhtml").status());
    }
}
