package kz.rudny.cabinet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The school methodologist manages staff; the district administrator creates a school. Kazakh text round-trips. */
class StaffJourneyIT {

    private static final String KAZAKH_NAME = "Әбілқасымова Гүлнәр Құрманқызы";

    @Test
    void aStaffMemberWithAKazakhNameIsCreatedAndShownBackUnchanged() {
        String username = "s7.gulnar" + (System.currentTimeMillis() % 100000);
        try (Browser browser = new Browser()) {
            browser.signIn("s7.methodologist");
            browser.open("/school/staff-member.xhtml");
            browser.type("member:username", username);
            browser.type("member:fullName", KAZAKH_NAME);
            browser.type("member:jobTitle", "Қазақ тілі мен әдебиеті пәнінің мұғалімі");
            browser.type("member:teachingSince", "01.09.2025");
            browser.type("member:initialPassword", "Жаңа-құпия-2026");
            browser.screenshot("staff-new-filled");
            browser.clickAndWait("member:save");
            browser.screenshot("staff-after-save");
            assertTrue(browser.driver.getCurrentUrl().contains("staff-member.xhtml?id="), browser.pageText());
            assertEquals(KAZAKH_NAME, browser.find("member:fullName").getAttribute("value"));
            assertEquals("Қазақ тілі мен әдебиеті пәнінің мұғалімі", browser.find("member:jobTitle").getAttribute("value"));
            browser.screenshot("staff-created");

            browser.open("/school/staff.xhtml");
            browser.type("staff:filter", "Гүлнәр");
            browser.waitFor().until(d -> {
                String table = browser.textOf("staff:table");
                return table.contains(KAZAKH_NAME) && !table.contains("s7.methodologist");
            });
            browser.screenshot("staff-list-filtered");

            browser.open("/school/audit.xhtml");
            String audit = browser.pageText();
            assertTrue(audit.contains("Пайдаланушы аты: «" + username + "»"), "the creation is in the audit trail, in Kazakh");
            assertTrue(audit.contains("Рөлдер: «Мұғалім»"), audit);
            assertFalse(audit.matches("(?s).*(STAFF_CREATED|fullName|username:|TEACHER|\\?\\?\\?).*"), audit);
            browser.screenshot("audit-trail");
            browser.signOut();
        }
        try (Browser newcomer = new Browser()) {
            newcomer.signIn(username, "Жаңа-құпия-2026");
            assertTrue(newcomer.pageText().contains(KAZAKH_NAME), "the new person signs in with a Kazakh password");
            assertEquals("Басты бет", newcomer.title(), "a mixed school's person starts in Kazakh");
        }
    }

    @Test
    void badInputGetsMessagesByTheFieldsAndKeepsWhatWasTyped() {
        try (Browser browser = new Browser()) {
            browser.signIn("s12.methodologist");
            browser.open("/school/staff-member.xhtml");
            browser.type("member:username", "Плохое имя");
            browser.type("member:fullName", "");
            browser.type("member:teachingSince", "01.09.20o5");
            browser.type("member:initialPassword", "123");
            browser.clickAndWait("member:save");
            String page = browser.pageText();
            assertTrue(page.contains("Заполните это поле."), page);
            assertTrue(page.contains("Введите дату в виде дд.мм.гггг"), page);
            assertTrue(page.contains("От 3 до 60 строчных латинских букв"), page);
            assertEquals("Плохое имя".toLowerCase(), browser.find("member:username").getAttribute("value").toLowerCase());
            assertEquals("01.09.20o5", browser.find("member:teachingSince").getAttribute("value"));
            browser.screenshot("staff-bad-input-ru");

            browser.type("member:username", "s12.methodologist");
            browser.type("member:fullName", "Тестов Тест Тестович");
            browser.type("member:teachingSince", "01.09.2020");
            browser.type("member:initialPassword", "123");
            browser.clickAndWait("member:save");
            page = browser.pageText();
            assertTrue(page.contains("Это имя пользователя уже занято."), page);
            assertEquals("Тестов Тест Тестович", browser.find("member:fullName").getAttribute("value"));
            browser.screenshot("staff-username-taken-ru");
        }
    }

    @Test
    void aMethodologistSetsABirthDateAndAnEducationAndABadBirthDateIsExplainedByTheField() {
        String username = "s12.born" + (System.currentTimeMillis() % 100000);
        try (Browser browser = new Browser()) {
            browser.signIn("s12.methodologist");
            browser.open("/school/staff-member.xhtml");
            browser.type("member:username", username);
            browser.type("member:fullName", "Орлова Вера Павловна");
            browser.type("member:birthDate", "14.03.1988");
            browser.choose("member:education", "Высшее педагогическое");
            browser.type("member:initialPassword", "Новый-пароль-2026");
            browser.clickAndWait("member:save");
            assertTrue(browser.driver.getCurrentUrl().contains("staff-member.xhtml?id="), browser.pageText());
            String saved = browser.driver.getCurrentUrl();
            assertEquals("14.03.1988", browser.find("member:birthDate").getAttribute("value"));
            assertEquals("Высшее педагогическое", education(browser));
            browser.screenshot("staff-birth-date-and-education-ru");

            // A child's birth date: refused by the field, what was typed and chosen kept, nothing stored.
            browser.type("member:birthDate", "01.09.2015");
            browser.choose("member:education", "Послевузовское");
            browser.clickAndWait("member:save");
            String field = browser.fieldText("member:birthDate");
            assertTrue(field.contains("Введите дату рождения человека от 18 до 80 лет на сегодня"), field);
            assertEquals("01.09.2015", browser.find("member:birthDate").getAttribute("value"));
            assertEquals("Послевузовское (магистр, PhD)", education(browser));
            browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", browser.find("member:birthDate"));
            browser.screenshot("staff-birth-date-refused-ru");

            // Not a date at all: the same, with the format's message.
            browser.type("member:birthDate", "14.13.1988");
            browser.clickAndWait("member:save");
            field = browser.fieldText("member:birthDate");
            assertTrue(field.contains("Введите дату в виде дд.мм.гггг, например 14.03.1988."), field);
            assertEquals("14.13.1988", browser.find("member:birthDate").getAttribute("value"));

            browser.driver.get(saved);
            assertEquals("14.03.1988", browser.find("member:birthDate").getAttribute("value"), "the refused saves stored nothing");
            assertEquals("Высшее педагогическое", education(browser));
        }
    }

    /** The education the staff form shows as chosen. */
    private static String education(Browser browser) {
        return (String) browser.driver.executeScript("var s = document.getElementById('member:education_input');"
                + " return s.options[s.selectedIndex].text;");
    }

    @Test
    void theDistrictAdministratorCreatesASchoolThatTheDistrictThenSees() {
        String name = "№" + (System.currentTimeMillis() % 1000) + " жалпы білім беретін мектеп";
        try (Browser browser = new Browser()) {
            browser.signIn("district.admin");
            browser.open("/admin/new-school.xhtml");
            browser.type("school:name", name);
            browser.find("school:teachingLanguage");
            browser.driver.executeScript("PF('teachingLanguage').selectValue('KAZAKH')");
            browser.type("school:methodologistName", "Серікова Әсем Болатқызы");
            browser.type("school:username", "new" + (System.currentTimeMillis() % 100000) + ".methodologist");
            browser.type("school:initialPassword", "Бастапқы-2026");
            browser.screenshot("school-new-filled");
            browser.clickAndWait("school:create");
            assertTrue(browser.driver.getCurrentUrl().contains("/district/schools.xhtml"), browser.pageText());
            assertTrue(browser.pageText().contains(name), browser.pageText());
            browser.screenshot("district-schools-admin");
            browser.signOut();
        }
        try (Browser browser = new Browser()) {
            browser.signIn("district.methodologist");
            browser.open("/district/schools.xhtml");
            String page = browser.pageText();
            assertTrue(page.contains(name) && page.contains("№7 орта мектебі"), page);
            browser.screenshot("district-schools");
        }
    }
}
