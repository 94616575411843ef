package kz.rudny.cabinet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Own profile and password, associations, deactivating and resetting an account, and a phone-sized screen. */
class ProfileAndAssociationsIT {

    private static String newStaffMember(Browser browser, String username, String password) {
        browser.open("/school/staff-member.xhtml");
        browser.type("member:username", username);
        browser.type("member:fullName", "Сағынтаева Жұлдыз Әлібекқызы");
        browser.type("member:initialPassword", password);
        browser.clickAndWait("member:save");
        assertTrue(browser.driver.getCurrentUrl().contains("?id="), browser.pageText());
        return browser.driver.getCurrentUrl().replace(Browser.BASE, "");
    }

    @Test
    void aPersonChangesTheirPasswordAndBadAttemptsAreExplained() {
        String username = "g3.zhuldyz" + (System.currentTimeMillis() % 100000);
        try (Browser methodologist = new Browser()) {
            methodologist.signIn("g3.methodologist");
            newStaffMember(methodologist, username, "Бірінші-2026");
        }
        try (Browser browser = new Browser()) {
            browser.signIn(username, "Бірінші-2026");
            browser.open("/profile.xhtml");
            browser.clickAndWait("lang:en");
            browser.type("password:currentPassword", "not-it-at-all");
            browser.type("password:newPassword", "Екінші-2026");
            browser.type("password:repeatPassword", "Екінші-2026");
            browser.clickAndWait("password:change");
            assertTrue(browser.pageText().contains("The current password is not right."), browser.pageText());

            browser.type("password:currentPassword", "Бірінші-2026");
            browser.type("password:newPassword", "Екінші-2026");
            browser.type("password:repeatPassword", "Екінші-2027");
            browser.clickAndWait("password:change");
            assertTrue(browser.pageText().contains("The two new passwords differ."), browser.pageText());

            browser.type("password:currentPassword", "Бірінші-2026");
            browser.type("password:newPassword", "Екінші-2026");
            browser.type("password:repeatPassword", "Екінші-2026");
            browser.clickAndWait("password:change");
            assertTrue(browser.pageText().contains("Password changed."), browser.pageText());
            browser.screenshot("profile-password-changed-en");

            browser.type("profile:fullName", "Сағынтаева Жұлдыз");
            browser.clickAndWait("profile:save");
            assertTrue(browser.pageText().contains("Profile saved."), browser.pageText());
            assertEquals("Сағынтаева Жұлдыз", browser.find("profile:fullName").getAttribute("value"));
            browser.signOut();

            browser.signIn(username, "Бірінші-2026");
            assertTrue(browser.driver.getCurrentUrl().contains("/login.xhtml"), "the old password is gone");
            browser.signIn(username, "Екінші-2026");
            assertTrue(browser.pageText().contains("Сағынтаева Жұлдыз"), "the new one works");
        }
    }

    @Test
    void theMethodologistDeactivatesAndResetsAnAccount() {
        String username = "s12.temp" + (System.currentTimeMillis() % 100000);
        String page;
        try (Browser browser = new Browser()) {
            browser.signIn("s12.methodologist");
            page = newStaffMember(browser, username, "Временный-2026");
            browser.clickAndWait("account:reset");
            String temporary = browser.find("temporaryPassword").getText();
            assertEquals(12, temporary.length(), temporary);
            browser.screenshot("staff-password-reset-ru");

            try (Browser person = new Browser()) {
                person.signIn(username, temporary);
                assertTrue(person.driver.getCurrentUrl().endsWith("/index.xhtml"), "the temporary password works");
            }

            browser.open(page);
            browser.clickAndWait("account:deactivate");
            assertTrue(browser.pageText().contains("Учётная запись заблокирована"), browser.pageText());
            browser.screenshot("staff-deactivated-ru");
            try (Browser person = new Browser()) {
                person.signIn(username, temporary);
                assertTrue(person.driver.getCurrentUrl().contains("/login.xhtml"), "a deactivated account cannot sign in");
            }
            browser.open(page);
            browser.clickAndWait("account:activate");
            assertFalse(browser.all(By.id("member:state")).stream().anyMatch(e -> e.isDisplayed()));
            try (Browser person = new Browser()) {
                person.signIn(username, temporary);
                assertTrue(person.driver.getCurrentUrl().endsWith("/index.xhtml"), "an activated account signs in again");
            }
        }
    }

    @Test
    void theMethodologistCreatesAnAssociationWithAHeadAndMembers() {
        String name = "Өнер және технология ӘБ " + (System.currentTimeMillis() % 1000);
        try (Browser browser = new Browser()) {
            browser.signIn("g3.methodologist");
            browser.open("/school/association.xhtml");
            browser.type("association:name", name);
            browser.type("association:description", "Көркем еңбек, музыка, дене шынықтыру");
            // the staff the school may choose from, as [id, name] (the first option is "none")
            @SuppressWarnings("unchecked")
            List<List<String>> staff = (List<List<String>>) browser.driver.executeScript("return PF('head').input"
                    + ".find('option').slice(1).map(function() { return [[this.value, this.text]]; }).get();");
            assertTrue(staff.size() >= 5, "the school has staff to choose from: " + staff);
            String head = staff.get(1).get(1);
            List<List<String>> members = List.of(staff.get(0), staff.get(2), staff.get(3));
            String outsider = staff.get(4).get(1);
            browser.driver.executeScript("PF('head').selectValue(arguments[0])", staff.get(1).get(0));
            for (List<String> member : members) {
                browser.driver.executeScript("PF('members').selectValue(arguments[0])", member.get(0));
            }
            browser.screenshot("association-new-filled");
            browser.clickAndWait("association:save");
            assertTrue(browser.driver.getCurrentUrl().contains("/associations.xhtml"), browser.pageText());
            browser.screenshot("associations-kk");
            WebElement row = browser.driver.findElement(By.xpath(
                    "//tbody[substring(@id, string-length(@id) - 16) = 'associations_data']/tr[td[1][contains(., '" + name + "')]]"));
            List<WebElement> cells = row.findElements(By.tagName("td"));
            assertEquals(head, cells.get(1).getText().strip(), "the head is the one chosen");
            String memberCell = cells.get(2).getText();
            assertTrue(memberCell.startsWith("4:"), "the three chosen and the head, who is always a member: " + memberCell);
            for (List<String> member : members) {
                assertTrue(memberCell.contains(member.get(1)), member.get(1) + " is a member: " + memberCell);
            }
            assertTrue(memberCell.contains(head), "the head is a member: " + memberCell);
            assertFalse(memberCell.contains(outsider), "nobody else is: " + memberCell);
        }
    }

    @Test
    void pagesAreReadableOnAPhone() {
        try (Browser phone = Browser.phone()) {
            phone.signIn("s7.teacher");
            phone.screenshot("phone-home");
            assertEquals(390L, phone.driver.executeScript("return window.innerWidth"), "a phone-wide screen");
            Long width = (Long) phone.driver.executeScript("return document.documentElement.scrollWidth");
            assertTrue(width <= 390, "no sideways scrolling on the home page: " + width);
            phone.open("/associations.xhtml");
            phone.screenshot("phone-associations");
            width = (Long) phone.driver.executeScript("return document.documentElement.scrollWidth");
            assertTrue(width <= 390, "no sideways scrolling on the associations page: " + width);
        }
    }
}
