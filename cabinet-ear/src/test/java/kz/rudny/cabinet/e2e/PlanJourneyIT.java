package kz.rudny.cabinet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The annual methodical plan through the page: the methodologist (Russian) sees the fulfilment and the overdue
 * item in words, adds an item whose text is shown as text, and bad input is explained by the field with what was
 * typed kept; a teacher (Kazakh) reads the plan without any editing control and downloads it; both pages pass
 * axe-core's WCAG 2.1 AA rules.
 */
class PlanJourneyIT {

    private static final String PAGE = "/events/plan.xhtml";

    @Test
    void theMethodologistSeesTheFulfilmentAndAddsAnItem() {
        try (Browser browser = new Browser()) {
            browser.signIn("s12.methodologist");
            browser.open(PAGE);
            String text = browser.pageText();
            assertTrue(text.contains("Годовой план методической работы"), text);
            assertTrue(text.contains("За год"), "the year's fulfilment: " + text);
            assertTrue(text.contains("Просрочено: не проведено в срок"), "the overdue item says so in words: " + text);
            assertTrue(text.contains("Предметная неделя математики"), text);
            browser.screenshot("plan-ru");
            browser.assertAccessible("the plan page of the methodologist");

            browser.type("item:expectedResult", "Справка по итогам");
            browser.clickAndWait("item:save");
            String refused = browser.textOf("item");
            assertTrue(refused.contains("Заполните это поле."), "empty activity, kind, term refused by field: " + refused);
            assertEquals("Справка по итогам", browser.find("item:expectedResult").getAttribute("value"), "what was typed stays");

            browser.type("item:title", "Семинар <script>alert(1)</script> «Сабақ» қазақша");
            browser.setValue("item:kind_input", "SEMINAR");
            browser.setValue("item:term_input", "Q3");
            String firstPerson = (String) browser.driver.executeScript(
                    "return document.getElementById('item:responsibleStaffId_input').options[1].value;");
            browser.setValue("item:responsibleStaffId_input", firstPerson);
            browser.clickAndWait("item:save");
            text = browser.pageText();
            assertTrue(text.contains("Пункт добавлен в план."), text);
            assertTrue(text.contains("Семинар <script>alert(1)</script> «Сабақ» қазақша"), "shown as text: " + text);
            browser.screenshot("plan-item-added-ru");

            // Mark the last item (one ahead of its term) cancelled: the reason is required, then saved.
            List<org.openqa.selenium.WebElement> marks = browser.all(By.cssSelector("button[id$=':mark']"));
            marks.get(marks.size() - 1).click();
            browser.find("execution:saveMark");
            browser.setValue("execution:mark_input", "CANCELLED");
            browser.clickAndWait("execution:saveMark");
            String reason = browser.textOf("execution");
            assertTrue(reason.contains("Заполните это поле."), "the reason is required: " + reason);
            browser.type("execution:reason", "Перенесено на следующий год решением педсовета");
            browser.clickAndWait("execution:saveMark");
            text = browser.pageText();
            assertTrue(text.contains("Отметка о выполнении сохранена."), text);
            assertTrue(text.contains("Отменено Перенесено на следующий год решением педсовета"), text);
        }
    }

    @Test
    void aTeacherReadsThePlanInKazakhWithoutEditingAndDownloadsIt() {
        try (Browser browser = new Browser()) {
            browser.signIn("g3.teacher");
            browser.open(PAGE);
            String text = browser.pageText();
            assertTrue(text.contains("Әдістемелік жұмыстың жылдық жоспары"), text);
            assertTrue(text.contains("Мерзімі өткен: уақытында өткізілмеді"), text);
            List<?> forms = browser.all(By.id("item"));
            assertTrue(forms.isEmpty(), "no item form for a teacher");
            assertTrue(browser.all(By.cssSelector("[id$=':edit']")).isEmpty(), "no edit buttons");
            browser.screenshot("plan-kk-teacher");
            browser.assertAccessible("the plan page of a teacher");
        }
        WebSession teacher = WebSession.signedIn("g3.teacher");
        int year = java.time.LocalDate.now().getMonthValue() >= 9 ? java.time.LocalDate.now().getYear()
                : java.time.LocalDate.now().getYear() - 1;
        WebSession.Page xlsx = teacher.get("/events/plan/export?year=" + year + "&format=xlsx&lang=kk&layout=BY_QUARTER");
        assertEquals(200, xlsx.status());
        assertTrue(xlsx.body().startsWith("PK"), "an XLSX (zip) file");
        WebSession.Page pdf = teacher.get("/events/plan/export?year=" + year + "&format=pdf&lang=ru&layout=BY_TERM");
        assertEquals(200, pdf.status());
        assertTrue(pdf.body().startsWith("%PDF"), "a PDF file");
        assertEquals(404, teacher.get("/events/plan/export?year=abc&format=exe").status());
        assertFalse(WebSession.signedIn("district.methodologist").get(PAGE).status() == 200, "not for district staff");
    }
}
