package kz.rudny.cabinet.domain.notifications.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotificationTest {

    private static final LocalDateTime SENT = LocalDateTime.of(2026, 11, 29, 10, 0);

    @Test
    void theArgumentsComeBackAsTheyWereGivenEmptyOnesIncluded() {
        for (List<String> args : List.of(List.<String>of(), List.of(""), List.of("Бөлшектер", "", "a, b; c"))) {
            assertEquals(args, new Notification(1, 2L, "notice.welcome", args, "/x", SENT).getMessageArgs());
        }
    }

    @Test
    void theFirstReadingStays() {
        Notification n = new Notification(1, null, "notice.welcome", List.of(), null, SENT);
        assertFalse(n.isRead());
        n.markRead(SENT.plusHours(1));
        n.markRead(SENT.plusHours(2));
        assertTrue(n.isRead());
        assertEquals(SENT.plusHours(1), n.getReadAt());
    }
}
