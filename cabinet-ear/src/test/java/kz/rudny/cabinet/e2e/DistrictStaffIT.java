package kz.rudny.cabinet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The district administrator creates an account of the district's staff on its page (bad input refused by the
 * field in Kazakh, a taken username refused, a generated first password shown once), and the new district
 * methodologist signs in with it and sees the district's schools.
 */
class DistrictStaffIT {

    @Test
    void theDistrictAdministratorCreatesADistrictMethodologistWhoThenSignsIn() {
        String username = "district.m" + (System.currentTimeMillis() % 100000);
        String name = "Жұмабаева Сәуле Қанатқызы";
        String password;
        try (Browser browser = new Browser()) {
            browser.signIn("district.admin");
            browser.open("/admin/district-staff.xhtml");
            assertFalse(browser.all(By.id("menu:districtStaff")).isEmpty(), "the administrator's menu leads here");
            assertTrue(browser.textOf("staff").contains("district.methodologist"), "the list shows the district's staff");

            browser.type("account:fullName", "");
            browser.type("account:username", "Жаман ат");
            browser.clickAndWait("account:create");
            String page = browser.pageText();
            assertTrue(page.contains("Бұл өрісті толтырыңыз."), page);
            assertTrue(page.contains("3-тен 60-қа дейін кіші латын әрпі"), page);
            assertEquals("жаман ат", browser.find("account:username").getAttribute("value").toLowerCase());
            assertFalse(browser.textOf("staff").contains("жаман"), "nothing was stored");
            browser.screenshot("district-staff-bad-input-kk");

            browser.type("account:fullName", name);
            browser.type("account:username", "g3.teacher");
            browser.clickAndWait("account:create");
            assertTrue(browser.pageText().contains("Бұл пайдаланушы аты бос емес."), browser.pageText());
            assertEquals(name, browser.find("account:fullName").getAttribute("value"));

            browser.type("account:username", username);
            browser.screenshot("district-staff-filled");
            browser.clickAndWait("account:create");
            password = browser.find("generatedPassword").getText().strip();
            assertEquals(12, password.length(), browser.pageText());
            String list = browser.textOf("staff");
            assertTrue(list.contains(username) && list.contains(name) && list.contains("Қалалық әдіскер"), list);
            browser.screenshot("district-staff-created");

            browser.open("/admin/district-staff.xhtml");
            assertTrue(browser.all(By.id("generatedPassword")).isEmpty(), "shown once");
            browser.signOut();
        }
        try (Browser newcomer = new Browser()) {
            newcomer.signIn(username, password);
            newcomer.open("/district/schools.xhtml");
            String page = newcomer.pageText();
            assertTrue(page.contains("№7 орта мектебі"), page);
            assertTrue(newcomer.all(By.id("menu:districtStaff")).isEmpty(), "a district methodologist has no staff page");
            newcomer.screenshot("district-staff-newcomer");
        }
    }

    @Test
    void onlyTheDistrictAdministratorOpensTheDistrictStaffPage() {
        assertEquals(403, WebSession.signedIn("district.methodologist").get("/admin/district-staff.xhtml").status());
        assertEquals(403, WebSession.signedIn("s7.methodologist").get("/admin/district-staff.xhtml").status());
        assertEquals(200, WebSession.signedIn("district.admin").get("/admin/district-staff.xhtml").status());
    }
}
