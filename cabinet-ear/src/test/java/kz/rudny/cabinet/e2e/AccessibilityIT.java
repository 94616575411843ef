package kz.rudny.cabinet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * WCAG 2.1 AA, as far as a machine can tell: axe-core finds nothing on the pages each role uses, in the person's
 * language (Kazakh for the gymnasium №3 and the district, Russian for school №12), at desktop width. The sign-in
 * page is checked before signing in. Pages of one record are reached from the role's own lists (demo ids vary).
 */
class AccessibilityIT {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "g3.teacher,             /index.xhtml /profile.xhtml /tokens.xhtml /associations.xhtml /library/corners.xhtml /library/catalogue.xhtml /library/my-materials.xhtml /library/loans.xhtml /search.xhtml /exchange/feed.xhtml /events/rooms.xhtml /events/calendar.xhtml /notifications.xhtml /events/activities.xhtml /events/activity.xhtml /events/my-activities.xhtml /events/lesson-studies.xhtml /events/lesson-study.xhtml /mentoring/pairs.xhtml",
            "s12.methodologist,      /index.xhtml /school/staff.xhtml /school/staff-member.xhtml /school/audit.xhtml /school/staff-import.xhtml /library/review.xhtml /library/overdue.xhtml /library/import.xhtml /events/rooms.xhtml /events/calendar.xhtml /events/activities.xhtml /events/activity-edit.xhtml /events/analysis-templates.xhtml /events/lesson-studies.xhtml /events/lesson-study.xhtml /events/open-lesson.xhtml /events/observation.xhtml /mentoring/young-specialists.xhtml /mentoring/pairs.xhtml /mentoring/school-courses.xhtml /mentoring/courses.xhtml /mentoring/association-self-education.xhtml /mentoring/plan-template.xhtml /school/dashboard.xhtml /school/reports.xhtml",
            "s12.teacher,            /mentoring/courses.xhtml /mentoring/self-education.xhtml",
            "g3.mentor,              /mentoring/pairs.xhtml /mentoring/pair.xhtml /mentoring/visit.xhtml",
            "g3.young,               /mentoring/pairs.xhtml /mentoring/pair.xhtml /mentoring/visit.xhtml",
            "g3.t07,                 /mentoring/attestation.xhtml /district/category-requirements.xhtml",
            "g3.methodologist,       /mentoring/school-attestation.xhtml /mentoring/portfolio.xhtml",
            "district.methodologist, /index.xhtml /district/dashboard.xhtml /district/reports.xhtml /district/schools.xhtml /exchange/feed.xhtml /profile.xhtml /notifications.xhtml /events/activities.xhtml /events/activity.xhtml /events/activity-edit.xhtml",
            "district.admin,         /admin/district-staff.xhtml /admin/new-school.xhtml /district/category-requirements.xhtml"})
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
                } else if (FOLLOWED.contains(page)) {
                    // a page of one record: the first link to it on the page before (a list, or the record above it)
                    String link = browser.driver.findElement(org.openqa.selenium.By.cssSelector(
                            "a[href*='" + page.substring(page.lastIndexOf('/') + 1) + "?']")).getAttribute("href");
                    browser.driver.get(link);
                    assertEquals(List.of(), browser.all(org.openqa.selenium.By.id("errorTitle")),
                            "the record's page, not the error page: " + link);
                } else if (CHOSEN.contains(page)) {
                    // a page that first offers its records: its first choice (the demo association's id varies)
                    browser.open(page);
                    String choice = browser.driver.findElement(org.openqa.selenium.By.cssSelector(
                            "a[href*='" + page.substring(page.lastIndexOf('/') + 1) + "?association=']"))
                            .getAttribute("href");
                    browser.driver.get(choice);
                    assertEquals(List.of(), browser.all(org.openqa.selenium.By.id("errorTitle")),
                            "the chosen record's page, not the error page: " + choice);
                } else {
                    browser.open(page);
                }
                collect(failures, () -> browser.assertAccessible(username + " on " + page));
            }
        }
        assertEquals(List.of(), failures);
    }

    /**
     * Pages of one record, reached by the first link to them on the page named before them: a Lesson Study from the
     * list, its first lesson from the cycle, the lesson's first submitted observation from the lesson; a mentoring
     * pair from My mentoring, its first visit from the pair's page (the mentor fills it, the young specialist reads it);
     * a teacher's attestation portfolio from the school's attestation schedule ({@code portfolio.xhtml?staff=}).
     */
    private static final java.util.Set<String> FOLLOWED = java.util.Set.of("/events/lesson-study.xhtml",
            "/events/open-lesson.xhtml", "/events/observation.xhtml", "/mentoring/pair.xhtml", "/mentoring/visit.xhtml",
            "/mentoring/portfolio.xhtml");

    /** Pages that first offer the records they show, checked with their first choice: an association's topics. */
    private static final java.util.Set<String> CHOSEN = java.util.Set.of("/mentoring/association-self-education.xhtml");

    private static void collect(List<String> failures, Runnable check) {
        try {
            check.run();
        } catch (AssertionError e) {
            failures.add(e.getMessage());
        }
    }
}
