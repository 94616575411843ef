package kz.rudny.cabinet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A meeting in its members' calendars: the head of school №7's science association plans a meeting through the
 * pages; a member sees it on a phone in the month view and in the private feed; the head moves it, and the feed
 * gives the same UID with a later time and a higher SEQUENCE.
 */
class MeetingsCalendarJourneyIT {

    private static final String HEAD = "s7.mentor";
    private static final String MEMBER = "s7.teacher";

    @Test
    void aPlannedMeetingIsInTheMembersCalendarAndTheFeedFollowsAMove() throws Exception {
        LocalDate day = CalendarJourneyIT.weekday(12);
        String topic = "Күнтізбедегі отырыс " + System.nanoTime();
        try (Browser head = new Browser()) {
            head.signIn(HEAD);
            head.open("/events/meetings.xhtml");
            head.clickAndWait("meetings:plan");
            head.setValue("meeting:date", day.toString());
            head.setValue("meeting:start", "15:00");
            head.setValue("meeting:end", "16:00");
            head.type("meeting:agenda:0:topic", topic);
            head.type("meeting:agenda:0:guestSpeaker", "Серікова А.");
            head.clickAndWait("meeting:save");
            String meetingUrl = head.driver.getCurrentUrl();
            assertTrue(meetingUrl.matches(".*/events/meeting\\.xhtml\\?id=\\d+.*"), meetingUrl);
            String id = meetingUrl.replaceAll(".*id=(\\d+).*", "$1");
            String summary = head.title() + ": " + topic;

            try (Browser phone = Browser.phone()) {
                phone.signIn(MEMBER);
                phone.open("/events/calendar.xhtml");
                phone.waitFor().until(d -> !d.findElements(By.cssSelector(".fc-view")).isEmpty());
                phone.find("calendar:schedule").findElement(By.cssSelector(".fc-dayGridMonth-button")).click();
                phone.waitFor().until(d -> !d.findElements(By.cssSelector(".fc-daygrid")).isEmpty());
                assertTrue(phone.textOf("upcoming").contains(topic), "the meeting among the coming entries: "
                        + phone.textOf("upcoming"));
                phone.screenshot("calendar-meeting-month-phone");
                String feed = CalendarJourneyIT.pathOf(CalendarJourneyIT.newLink(phone));

                VEvent planned = CalendarJourneyIT.event(CalendarJourneyIT.fetch(feed).body(), summary);
                String uid = CalendarJourneyIT.value(planned, "UID");
                assertEquals("meeting-" + id + "@cabinet.rudny.kz", uid);
                assertTrue(CalendarJourneyIT.value(planned, "DTSTART").endsWith("T150000"),
                        CalendarJourneyIT.value(planned, "DTSTART"));
                int sequence = Integer.parseInt(CalendarJourneyIT.value(planned, "SEQUENCE"));

                head.open("/events/meeting-edit.xhtml?id=" + id);
                head.setValue("meeting:start", "16:00");
                head.setValue("meeting:end", "17:00");
                head.clickAndWait("meeting:save");

                HttpResponse<String> after = CalendarJourneyIT.fetch(feed);
                VEvent moved = CalendarJourneyIT.event(after.body(), summary);
                assertEquals(uid, CalendarJourneyIT.value(moved, "UID"), "the same entry, so calendars replace it");
                assertTrue(CalendarJourneyIT.value(moved, "DTSTART").endsWith("T160000"),
                        CalendarJourneyIT.value(moved, "DTSTART"));
                assertTrue(Integer.parseInt(CalendarJourneyIT.value(moved, "SEQUENCE")) > sequence,
                        "the sequence grows with the move");
            }
        }
    }

}
