package kz.rudny.cabinet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * WCAG 2.1 AA, as far as a machine can tell: axe-core finds nothing on the pages each role uses, in the person's
 * language (Kazakh for the gymnasium №3 and the district, Russian for school №12), at desktop width. The sign-in
 * page is checked before signing in.
 */
class AccessibilityIT {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "g3.teacher,             /index.xhtml /profile.xhtml /associations.xhtml /library/corners.xhtml /library/catalogue.xhtml /library/my-materials.xhtml /library/loans.xhtml /search.xhtml /exchange/feed.xhtml /events/rooms.xhtml /events/calendar.xhtml /notifications.xhtml /events/activities.xhtml /events/activity.xhtml /events/my-activities.xhtml /events/lesson-studies.xhtml",
            "s12.methodologist,      /index.xhtml /school/staff.xhtml /school/audit.xhtml /school/staff-import.xhtml /library/review.xhtml /library/overdue.xhtml /library/import.xhtml /events/rooms.xhtml /events/calendar.xhtml /events/activities.xhtml /events/activity-edit.xhtml /events/analysis-templates.xhtml",
            "district.methodologist, /index.xhtml /district/schools.xhtml /exchange/feed.xhtml /profile.xhtml /notifications.xhtml /events/activities.xhtml /events/activity.xhtml /events/activity-edit.xhtml",
            "district.admin,         /admin/district-staff.xhtml /admin/new-school.xhtml"})
    void everyPageOfTheRoleMeetsWcag21AA(String username, String pages) {
        List<String> failures = new ArrayList<>();
        try (Browser browser = new Browser()) {
            browser.open("/login.xhtml");
            collect(failures, () -> browser.assertAccessible("the sign-in page"));
            browser.signIn(username);
            for (String page : pages.trim().split("\\s+")) {
                if (page.equals("/events/activity.xhtml")) {
                    // an event's page: the first event of the role's list (ids depend on the demo's order)
                    browser.open("/events/activities.xhtml");
                    String first = browser.driver.findElement(org.openqa.selenium.By.cssSelector(
                            "a[href*='activity.xhtml?id=']")).getAttribute("href");
                    browser.driver.get(first);
                    assertEquals(List.of(), browser.all(org.openqa.selenium.By.id("errorTitle")),
                            "an event's page, not the error page: " + first);
                } else {
                    browser.open(page);
                }
                collect(failures, () -> browser.assertAccessible(username + " on " + page));
            }
        }
        assertEquals(List.of(), failures);
    }

    private static void collect(List<String> failures, Runnable check) {
        try {
            check.run();
        } catch (AssertionError e) {
            failures.add(e.getMessage());
        }
    }
}
