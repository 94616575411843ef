package kz.rudny.cabinet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The notifications journey: the school methodologist approves a teacher's submitted material; the teacher's
 * bell counts one more unread notification (said to screen readers too), the inbox shows it newest first in
 * Kazakh and in Russian, opening it leads to the material and marks it read, and "mark all read" empties the
 * bell. School №7 (Kazakh and Russian), whose demo t01 has a material waiting for review.
 */
class NotificationsJourneyIT {

    private static final Pattern UNREAD = Pattern.compile("(\\d+)");
    private static final String MATERIAL = "Что? Где? Когда?";

    @Test
    void anApprovedMaterialRingsItsAuthorsBellInTheirLanguage() {
        int before;
        try (Browser author = new Browser()) {
            author.signIn("s7.t01");
            before = unread(author);
        }

        try (Browser methodologist = new Browser()) {
            methodologist.signIn("s7.methodologist");
            methodologist.open("/library/review.xhtml");
            methodologist.driver.findElement(By.partialLinkText(MATERIAL)).click();
            methodologist.waitFor().until(d -> d.getCurrentUrl().contains("/library/material.xhtml"));
            methodologist.clickAndWait("review:approve");
            assertTrue(methodologist.all(By.id("review:approve")).isEmpty(), "approved: " + methodologist.pageText());
        }

        try (Browser author = new Browser()) {
            author.signIn("s7.t01");
            assertEquals(before + 1, unread(author), "one more unread notification");
            assertEquals(Integer.toString(before + 1), author.driver.findElement(By.cssSelector("#bell .bell-count")).getText());
            author.screenshot("notifications-bell");

            author.clickAndWait("bell");
            assertTrue(author.driver.getCurrentUrl().contains("/notifications.xhtml"));
            String newest = author.textOf("inbox:table:0:open");
            assertTrue(newest.contains(MATERIAL) && newest.contains("материалыңыз мақұлданып, мектепте жарияланды"),
                    "the newest, in Kazakh: " + newest);
            assertTrue(author.pageText().contains("Оқылмаған"), "unread ones are marked");
            author.screenshot("notifications-inbox-kk");

            author.clickAndWait("lang:ru");
            newest = author.textOf("inbox:table:0:open");
            assertTrue(newest.contains(MATERIAL) && newest.contains("одобрен и опубликован в школе"),
                    "the same notification in Russian: " + newest);
            assertEquals("Непрочитанных уведомлений: " + (before + 1), bellLabel(author));
            author.screenshot("notifications-inbox-ru");

            author.clickAndWait("inbox:table:0:open");
            assertTrue(author.driver.getCurrentUrl().contains("/library/material.xhtml?id="), "it leads to the material");
            assertTrue(author.pageText().contains(MATERIAL));
            assertEquals(before, unread(author), "opening it marked it read");

            author.open("/notifications.xhtml");
            author.clickAndWait("inbox:markAllRead");
            assertEquals(0, unread(author));
            assertEquals("Уведомления: непрочитанных нет", bellLabel(author));
            assertTrue(author.all(By.cssSelector("#bell .bell-count")).isEmpty(), "no number on the bell");
            author.screenshot("notifications-all-read");
        }
    }

    private static String bellLabel(Browser browser) {
        return browser.driver.findElement(By.id("bell")).getAttribute("aria-label");
    }

    /** The unread count as the bell's text alternative says it (0 when it says none). */
    private static int unread(Browser browser) {
        Matcher m = UNREAD.matcher(bellLabel(browser));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
