package kz.rudny.cabinet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/** Signing in as every demo role, the menus each sees, wrong passwords, languages, signing out. */
class SignInAndLanguagesIT {

    @ParameterizedTest(name = "{0} signs in and sees what the role may use")
    @CsvSource({
            "g3.teacher,       Қасымова Әйгерім Нұрланқызы,  Әдістемелік бірлестіктер, Қызметкерлер",
            "g3.head,          Жұмабаева Гүлнар Серікқызы,   Әдістемелік бірлестіктер, Қызметкерлер",
            "s12.mentor,       Иванов Сергей Александрович,  Методобъединения,         Сотрудники",
            "s12.young,        Смирнов Артём Дмитриевич,     Методобъединения,         Сотрудники",
            "s7.methodologist, Ахметова Лаззат Шакировна,    Қызметкерлер,             Мектептер",
            "district.methodologist, Ковалева Ирина Петровна, Мектептер,               Қызметкерлер",
            "district.admin,   Серікбаев Нұрлан Қайратұлы,   Жаңа мектеп,              Қызметкерлер"})
    void eachDemoRoleSignsInAndSeesItsOwnMenu(String username, String fullName, String visible, String hidden) {
        try (Browser browser = new Browser()) {
            browser.signIn(username);
            assertTrue(browser.driver.getCurrentUrl().endsWith("/index.xhtml"), browser.driver.getCurrentUrl());
            String page = browser.pageText();
            assertTrue(page.contains(fullName), "name shown: " + page);
            assertTrue(page.contains(visible), visible + " expected in: " + page);
            assertFalse(page.contains(hidden), hidden + " must not be offered to " + username);
            browser.screenshot("home-" + username);
            browser.signOut();
            assertTrue(browser.driver.getCurrentUrl().contains("/login.xhtml"));
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessageAndNothingElse() {
        try (Browser browser = new Browser()) {
            browser.open("/login.xhtml");
            browser.clickAndWait("lang:en");
            browser.signIn("s7.teacher", "not-the-password");
            assertTrue(browser.driver.getCurrentUrl().contains("/login.xhtml"));
            assertTrue(browser.pageText().contains("Wrong username or password."), browser.pageText());
            assertEquals("s7.teacher", browser.find("login:username").getAttribute("value"), "the username is kept");
            browser.screenshot("login-wrong-password");
            browser.open("/index.xhtml");
            assertTrue(browser.driver.getCurrentUrl().contains("/login.xhtml"), "still not signed in");
        }
    }

    @Test
    void theChosenLanguageIsRememberedForThePerson() {
        try (Browser browser = new Browser()) {
            browser.signIn("s12.teacher");
            assertEquals("Главная", browser.title(), "a Russian-language school's teacher starts in Russian");
            browser.clickAndWait("lang:kk");
            assertEquals("Басты бет", browser.title());
            browser.screenshot("home-kk");
            browser.clickAndWait("lang:en");
            assertEquals("Home", browser.title());
            browser.screenshot("home-en");
            browser.signOut();
        }
        try (Browser other = new Browser()) {
            other.signIn("s12.teacher");
            assertEquals("Home", other.title(), "the choice follows the person to a new browser");
            other.clickAndWait("lang:ru");
            assertEquals("Главная", other.title());
            other.signOut();
        }
    }

    @Test
    void theOldSessionIsUselessAfterSignOutAndSignInGivesANewSessionId() {
        try (Browser browser = new Browser()) {
            browser.open("/login.xhtml");
            String before = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
            browser.signIn("g3.methodologist");
            String during = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
            assertFalse(before.equals(during), "a new session id at sign-in");
            browser.signOut();
            browser.driver.manage().deleteAllCookies();
            browser.open("/login.xhtml");
            browser.driver.manage().deleteCookieNamed("JSESSIONID");
            browser.driver.manage().addCookie(new Cookie("JSESSIONID", during, "/"));
            browser.open("/school/staff.xhtml");
            assertTrue(browser.driver.getCurrentUrl().contains("/login.xhtml"), "the old cookie opens nothing");
            assertTrue(browser.all(By.id("staff:table")).isEmpty());
        }
    }
}
