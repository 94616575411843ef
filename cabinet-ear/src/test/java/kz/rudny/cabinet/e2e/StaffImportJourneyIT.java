package kz.rudny.cabinet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A school starts in one step: the methodologist imports the staff from an XLSX, reads the report and the first
 * passwords, and an imported teacher signing in is held on the password page until she chooses her own.
 */
class StaffImportJourneyIT {

    @Test
    void theStaffIsImportedAndANewcomerMustChooseHerOwnPassword() throws Exception {
        String n = Long.toString(System.currentTimeMillis() % 100_000);
        Path file = Files.createTempFile("staff", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Қызметкерлер");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            row(sheet, 0, "Аты-жөні", "Пайдаланушы аты", "Лауазымы", "Пәндер", "ӘБ", "Рөлдері", "Санаты");
            sheet.getRow(0).createCell(7).setCellValue("Педагогтік қызметті бастаған күні");
            row(sheet, 1, "Әлімжанова Сания Ғалымқызы", "s7.saniya" + n, "Химия пәнінің мұғалімі", "CHEMISTRY BIOLOGY",
                    "Жаратылыстану-математика ӘБ / МО ЕМЦ", "мұғалім", "педагог-модератор");
            sheet.getRow(1).createCell(7).setCellValue(LocalDate.of(2016, 9, 1));
            sheet.getRow(1).getCell(7).setCellStyle(date);
            row(sheet, 2, "Қайратов Нұрсұлтан " + n, "", "Тарих пәнінің мұғалімі", "HISTORY_KAZAKHSTAN", "", "", "педагог");
            row(sheet, 3, "Оспанова Айгүл " + n, "", "Информатика пәнінің мұғалімі", "", "", "", "жоғары санат");
            workbook.write(out);
        }
        String username;
        String firstPassword;
        try (Browser desk = new Browser()) {
            desk.signIn("s7.methodologist");
            desk.open("/school/staff.xhtml");
            desk.clickAndWait("staff:import");
            desk.driver.findElement(By.id("import:file")).sendKeys(file.toAbsolutePath().toString());
            desk.clickAndWait("import:upload");
            desk.screenshot("staff-import-report-kk");
            assertTrue(desk.find("created").getText().contains("2"), desk.pageText());
            assertTrue(desk.find("refusedCount").getText().contains("1"), desk.pageText());
            String refused = desk.textOf("refused");
            assertTrue(refused.contains("жоғары санат") && refused.contains("Белгісіз санат"), "the reason, in Kazakh: " + refused);

            List<WebElement> codes = desk.driver.findElements(By.cssSelector("#passwords\\:created_data code"));
            assertEquals(4, codes.size(), "a username and a first password for each of the two people");
            username = codes.get(0).getText();
            firstPassword = codes.get(1).getText();
            assertEquals("s7.saniya" + n, username);
            assertEquals(12, firstPassword.length(), firstPassword);
            assertTrue(codes.get(2).getText().matches("nursultan\\.qayratov\\d*"), "made from the name: " + codes.get(2).getText());
            assertTrue(desk.pageText().contains("тек қазір"), "the list is said to be shown only now");

            desk.open("/school/staff.xhtml");
            desk.type("staff:filter", "Әлімжанова");
            desk.waitFor().until(d -> desk.textOf("staff:table").contains("Әлімжанова Сания Ғалымқызы"));
            desk.open("/school/staff.xhtml");
            desk.type("staff:filter", "Оспанова Айгүл");
            desk.waitFor().until(d -> desk.textOf("staff:table").contains("Әзірге бос."));
        } finally {
            Files.deleteIfExists(file);
        }

        try (Browser newcomer = new Browser()) {
            newcomer.signIn(username, firstPassword);
            assertTrue(newcomer.driver.getCurrentUrl().contains("/password.xhtml"), newcomer.driver.getCurrentUrl());
            assertTrue(newcomer.find("required").isDisplayed(), newcomer.pageText());
            newcomer.screenshot("first-password-must-change-kk");
            newcomer.open("/library/catalogue.xhtml");
            assertTrue(newcomer.driver.getCurrentUrl().contains("/password.xhtml"), "held on the password page");
            newcomer.open("/profile.xhtml");
            assertTrue(newcomer.driver.getCurrentUrl().contains("/password.xhtml"), "held on the password page");

            newcomer.type("password:currentPassword", firstPassword);
            newcomer.type("password:newPassword", "Сания-өз-құпиясы-" + n);
            newcomer.type("password:repeatPassword", "Сания-өз-құпиясы-" + n);
            newcomer.clickAndWait("password:change");
            assertTrue(newcomer.driver.getCurrentUrl().contains("/index.xhtml"), newcomer.driver.getCurrentUrl());
            assertTrue(newcomer.pageText().contains("Құпиясөз ауыстырылды."), newcomer.pageText());
            newcomer.open("/library/catalogue.xhtml");
            assertTrue(newcomer.driver.getCurrentUrl().contains("/library/catalogue.xhtml"), "free to go anywhere now");
            newcomer.signOut();

            newcomer.signIn(username, firstPassword);
            assertTrue(newcomer.driver.getCurrentUrl().contains("/login.xhtml"), "the first password is gone");
            newcomer.signIn(username, "Сания-өз-құпиясы-" + n);
            assertFalse(newcomer.driver.getCurrentUrl().contains("/password.xhtml"), newcomer.driver.getCurrentUrl());
        }
    }

    private static void row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            if (!cells[i].isEmpty()) {
                row.createCell(i).setCellValue(cells[i]);
            }
        }
    }
}
