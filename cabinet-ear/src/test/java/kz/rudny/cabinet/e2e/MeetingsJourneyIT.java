package kz.rudny.cabinet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An association meeting through the pages, in Kazakh: the head of the Kazakh-language school's humanities
 * association plans a meeting with a Kazakh agenda, records attendance and the minutes with two decisions, makes
 * them final and finds them locked; the school methodologist sees the plan's fulfilment grow by the held meeting; the
 * owner of a decision is told in the inbox and marks it done.
 */
class MeetingsJourneyIT {

    private static final ZoneId RUDNY = ZoneId.of("Asia/Qostanay");

    @Test
    void aHeadPlansRecordsAndFinalisesMinutesAndTheOwnerMarksTheDecisionDone() {
        String meetingUrl;
        int[] fulfilmentBefore;
        try (Browser methodologist = new Browser()) {
            methodologist.signIn("g3.methodologist");
            fulfilmentBefore = yearFulfilment(methodologist);
        }
        try (Browser head = new Browser()) {
            head.signIn("g3.head");
            head.open("/events/meetings.xhtml");
            assertTrue(head.pageText().contains("Қазақ тілі мен әдебиеті ӘБ"), head.pageText());
            assertTrue(head.pageText().contains("хаттама: бекітілді"), "the demo's held meetings: " + head.pageText());
            head.screenshot("meetings-list-kk");
            head.assertAccessible("meetings list");
            head.clickAndWait("meetings:plan");

            // Bad input first: no topic, end before start. The message is by the field; what was typed stays.
            head.setValue("meeting:date", LocalDate.now(RUDNY).toString());
            head.setValue("meeting:start", "00:30");
            head.setValue("meeting:end", "00:10");
            head.type("meeting:agenda:0:guestSpeaker", "Серікова А., әдіскер");
            head.clickAndWait("meeting:save");
            assertTrue(head.textOf("meeting").contains("Бұл өрісті толтырыңыз."), "the empty topic: " + head.pageText());
            assertEquals("Серікова А., әдіскер", head.find("meeting:agenda:0:guestSpeaker").getAttribute("value"));
            head.type("meeting:agenda:0:topic", "Оқушылардың функционалдық сауаттылығын дамыту");
            head.clickAndWait("meeting:save");
            assertTrue(head.textOf("meeting").contains("Аяқталуы басталуынан кейін болуы керек."), head.pageText());
            assertEquals("Оқушылардың функционалдық сауаттылығын дамыту",
                    head.find("meeting:agenda:0:topic").getAttribute("value"), "what was typed stays");
            head.screenshot("meeting-plan-bad-input-kk");

            head.setValue("meeting:start", "00:00");
            head.setValue("meeting:end", "00:45");
            WebElement add = head.find("meeting:addItem");
            add.click();
            head.waitFor().until(d -> !d.findElements(By.id("meeting:agenda:1:topic")).isEmpty());
            head.type("meeting:agenda:1:topic", "Пән апталығына дайындық");
            head.selectByText("meeting:agenda:1:speakerStaffId_input", "Нұрғалиев");
            head.assertAccessible("meeting planning form");
            head.clickAndWait("meeting:save");
            String planned = head.pageText();
            assertTrue(planned.contains("Отырыс жоспарланды"), planned);
            assertTrue(planned.contains("Оқушылардың функционалдық сауаттылығын дамыту"), planned);
            assertTrue(planned.contains("Нұрғалиев Асқар Темірұлы"), "the member speaker by name: " + planned);
            meetingUrl = head.driver.getCurrentUrl();

            // The minutes: a member excused, a secretary, heard / spoke / decided, two decisions.
            head.find("record").click();
            head.waitFor().until(d -> !d.findElements(By.id("minutes:save")).isEmpty());
            head.selectByText("minutes:secretary_input", "Исабекова");
            head.selectByText("minutes:attendance:0:presence_input", "дәлелді себеппен");
            head.type("minutes:items:0:heard", "Жетекші функционалдық сауаттылық бойынша баяндады.");
            head.type("minutes:items:0:spoke", "Нұрғалиев А.Т. тарих сабағындағы тәжірибесімен бөлісті.");
            head.type("minutes:items:0:decided", "Ақпарат назарға алынсын.");
            head.find("minutes:addDecision").click();
            head.waitFor().until(d -> !d.findElements(By.id("minutes:decisions:0:text")).isEmpty());
            head.find("minutes:addDecision").click();
            head.waitFor().until(d -> !d.findElements(By.id("minutes:decisions:1:text")).isEmpty());
            head.type("minutes:decisions:0:text", "PISA үлгісіндегі тапсырмалар жинағын құрастыру");
            head.selectByText("minutes:decisions:0:owner_input", "Нұрғалиев");
            head.setValue("minutes:decisions:0:dueOn", LocalDate.now(RUDNY).plusDays(14).toString());
            head.type("minutes:decisions:1:text", "Пән апталығының бағдарламасын бекіту");
            head.selectByText("minutes:decisions:1:owner_input", "Исабекова");
            head.setValue("minutes:decisions:1:dueOn", LocalDate.now(RUDNY).plusDays(7).toString());
            head.clickAndWait("minutes:save");
            String excusedWithoutReason = head.textOf("minutes");
            assertTrue(excusedWithoutReason.contains("Дәлелді себебін көрсетіңіз."), head.pageText());
            assertEquals("PISA үлгісіндегі тапсырмалар жинағын құрастыру",
                    head.find("minutes:decisions:0:text").getAttribute("value"), "what was typed stays");
            head.type("minutes:attendance:0:reason", "Біліктілікті арттыру курсы");
            head.screenshot("minutes-form-kk");
            head.assertAccessible("minutes form");
            head.clickAndWait("minutes:save");
            String draft = head.pageText();
            assertTrue(draft.contains("Хаттама жоба ретінде сақталды."), draft);
            assertTrue(draft.contains("Тыңдалды") && draft.contains("Сөйледі") && draft.contains("Шешім"), draft);
            assertTrue(draft.contains("Хаттама №"), draft);

            head.find("finalising:makeFinal").click();
            head.waitFor().until(d -> d.findElement(By.cssSelector(".ui-confirmdialog-yes")).isDisplayed());
            WebElement yes = head.driver.findElement(By.cssSelector(".ui-confirmdialog-yes"));
            yes.click();
            head.waitFor().until(d -> d.getPageSource().contains("Хаттама бекітілді"));
            String finalPage = head.pageText();
            assertTrue(finalPage.contains("хаттама: бекітілді"), finalPage);
            assertTrue(head.driver.findElements(By.id("record")).isEmpty(), "no way to edit final minutes");
            head.screenshot("minutes-final-kk");
            head.assertAccessible("final minutes");

            // Editing final minutes by their address is refused with a message, nothing changes.
            String id = meetingUrl.replaceAll(".*id=(\\d+).*", "$1");
            head.open("/events/minutes.xhtml?id=" + id);
            head.type("minutes:items:0:decided", "Өзгертілген шешім");
            head.clickAndWait("minutes:save");
            assertTrue(head.pageText().contains("Хаттама бекітілген және жабық"), head.pageText());
            head.open("/events/meeting.xhtml?id=" + id);
            assertFalse(head.pageText().contains("Өзгертілген шешім"), "the final minutes are unchanged");
            head.assertNothingBlocked();
        }

        // The school methodologist sees the plan's fulfilment change: the held meeting is an item held today.
        try (Browser methodologist = new Browser()) {
            methodologist.signIn("g3.methodologist");
            int[] after = yearFulfilment(methodologist);
            assertEquals(fulfilmentBefore[0] + 1, after[0], "held: " + methodologist.textOf("yearTotal"));
            assertEquals(fulfilmentBefore[1] + 1, after[1], "due so far: " + methodologist.textOf("yearTotal"));
            WebElement row = methodologist.all(By.cssSelector("#items tbody tr")).stream()
                    .filter(r -> r.getText().contains("Оқушылардың функционалдық сауаттылығын дамыту")).findFirst()
                    .orElseThrow(() -> new AssertionError("the meeting is not in the plan: " + methodologist.pageText()));
            assertTrue(row.getText().contains("Өткізілді"), "marked held: " + row.getText());
            methodologist.screenshot("plan-after-meeting-kk");
        }

        try (Browser owner = new Browser()) {
            owner.signIn("g3.t02");
            // A member who is not the secretary cannot open the minutes form: sent to the meeting's page instead.
            owner.open("/events/minutes.xhtml?id=" + meetingUrl.replaceAll(".*id=(\\d+).*", "$1"));
            assertTrue(owner.driver.getCurrentUrl().contains("/events/meeting.xhtml"), owner.driver.getCurrentUrl());
            assertTrue(owner.textOf("messages").contains("Хаттаманы тек жетекші, отырыс хатшысы немесе мектеп әдіскері"),
                    "told why, in Kazakh: " + owner.textOf("messages"));
            owner.open("/notifications.xhtml");
            assertTrue(owner.pageText().contains("PISA үлгісіндегі тапсырмалар жинағын құрастыру"), owner.pageText());
            owner.open("/events/decisions.xhtml");
            owner.screenshot("decisions-kk");
            owner.assertAccessible("my decisions");
            int row = rowOf(owner, "PISA үлгісіндегі");
            owner.clickAndWait("mine:decisions:" + row + ":markDone");
            assertTrue(owner.textOf("mine").contains("Міндетті") || owner.textOf("mine").contains("толтырыңыз"),
                    "a note is asked for: " + owner.textOf("mine"));
            row = rowOf(owner, "PISA үлгісіндегі");
            owner.type("mine:decisions:" + row + ":note", "Жинақ құрастырылды, ӘБ отырысында таныстырылды.");
            owner.clickAndWait("mine:decisions:" + row + ":markDone");
            String after = owner.pageText();
            assertTrue(after.contains("Шешім орындалды деп белгіленді."), after);
            assertTrue(after.contains("Жинақ құрастырылды"), "listed among the done ones: " + after);
        }
    }

    /** The plan page's year total: held, and due so far. */
    private static int[] yearFulfilment(Browser browser) {
        browser.open("/events/plan.xhtml");
        Matcher m = Pattern.compile("(\\d+) / (\\d+)").matcher(browser.textOf("yearTotal"));
        assertTrue(m.find(), browser.textOf("yearTotal"));
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    private static int rowOf(Browser browser, String text) {
        var cards = browser.all(By.cssSelector("#mine li.card"));
        for (int i = 0; i < cards.size(); i++) {
            if (cards.get(i).getText().contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no decision " + text + " in " + browser.pageText());
    }


}
