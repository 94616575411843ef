package kz.rudny.cabinet.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A fresh start shows a living cabinet library: holdings in every school, loans, one overdue, one queue. */
class DemoCatalogueIT {

    @Test
    void theDemoCatalogueHasHoldingsLoansAnOverdueCopyAndAQueue() {
        try (Browser desk = new Browser()) {
            desk.signIn("s12.methodologist");
            desk.open("/library/catalogue.xhtml");
            String catalogue = desk.textOf("catalogue:table");
            assertTrue(catalogue.contains("Англо-русский словарь для школьников"), catalogue);
            desk.screenshot("demo-catalogue-ru");

            desk.open("/library/overdue.xhtml");
            String overdue = desk.textOf("overdue:table");
            assertTrue(overdue.contains("Толковый словарь русского языка") && overdue.contains("Иванов Сергей Александрович"),
                    "the mentor's dictionary is overdue: " + overdue);
            desk.screenshot("demo-overdue-ru");

            desk.open("/library/catalogue.xhtml");
            desk.type("catalogue:filter", "Lesson Study");
            desk.waitFor().until(d -> desk.textOf("catalogue:table").contains("исследование урока"));
            desk.driver.findElement(By.partialLinkText("Lesson Study")).click();
            desk.waitFor().until(d -> d.getCurrentUrl().contains("/library/title.xhtml?id="));
            String title = desk.pageText();
            assertTrue(title.contains("Соколова Наталья Ивановна"), "the only copy is with the association head: " + title);
            assertTrue(title.contains("1. Морозова Анастасия Игоревна"), "a young colleague queues for it: " + title);
            desk.screenshot("demo-title-queue-ru");
        }
        try (Browser teacher = new Browser()) {
            teacher.signIn("g3.teacher");
            teacher.open("/library/loans.xhtml");
            assertTrue(teacher.pageText().contains("Қазақ тілінің орфографиялық сөздігі"), teacher.pageText());
        }
    }
}
