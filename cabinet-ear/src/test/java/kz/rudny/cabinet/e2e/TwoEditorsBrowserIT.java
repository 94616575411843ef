package kz.rudny.cabinet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Two browser sessions edit the same staff member: both open the form, the first saves, and the second save is
 * refused with a message in the person's language while the form still shows what they typed; the record keeps
 * the first save. The Russian-language school №12, so the message is Russian.
 */
class TwoEditorsBrowserIT {

    private static final String REFUSED = "После того как вы открыли эту запись, её сохранил кто-то другой";

    @Test
    void theSecondSaveIsRefusedByTheFormAndKeepsWhatWasTyped() {
        String username = "s12.editors" + (System.currentTimeMillis() % 100000);
        try (Browser first = new Browser(); Browser second = new Browser()) {
            first.signIn("s12.methodologist");
            first.open("/school/staff-member.xhtml");
            first.type("member:username", username);
            first.type("member:fullName", "Петрова Анна Сергеевна");
            first.type("member:jobTitle", "Учитель географии");
            first.type("member:initialPassword", "Два-редактора-2026");
            first.clickAndWait("member:save");
            String page = first.driver.getCurrentUrl();
            assertTrue(page.contains("staff-member.xhtml?id="), first.pageText());
            String path = page.substring(page.indexOf("/school/"));

            second.signIn("s12.methodologist");
            second.open(path);
            first.open(path);
            assertEquals("Учитель географии", second.find("member:jobTitle").getAttribute("value"));

            second.type("member:jobTitle", "Учитель географии и биологии");
            second.clickAndWait("member:save");
            assertFalse(second.pageText().contains(REFUSED), second.pageText());
            assertEquals("Учитель географии и биологии", second.find("member:jobTitle").getAttribute("value"));

            first.type("member:fullName", "Петрова-Ким Анна Сергеевна");
            first.type("member:jobTitle", "Учитель истории");
            first.clickAndWait("member:save");
            first.screenshot("two-editors-second-save-refused");
            assertTrue(first.pageText().contains(REFUSED), first.pageText());
            assertEquals("Петрова-Ким Анна Сергеевна", first.find("member:fullName").getAttribute("value"),
                    "the refused person keeps what they typed");
            assertEquals("Учитель истории", first.find("member:jobTitle").getAttribute("value"));

            first.open(path);
            assertEquals("Петрова Анна Сергеевна", first.find("member:fullName").getAttribute("value"),
                    "nothing of the refused save was stored");
            assertEquals("Учитель географии и биологии", first.find("member:jobTitle").getAttribute("value"),
                    "the first save stays");
            first.screenshot("two-editors-reopened");
        }
    }
}
