package kz.rudny.cabinet.events.activities.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An observation as read: whose, from which template and language, its criteria with marks and comments (each
 * marked when it starts a new section), the focus pupils' notes (a Lesson Study lesson), the recommendations,
 * and whether it is the caller's own.
 */
public record ObservationView(long id, long activityId, String observerName, String observerSchool,
                              String templateName, String language, ObservationStatus status,
                              LocalDateTime submittedAt, boolean focusNotes, String pupilA, String pupilB,
                              String pupilC, String recommendations, List<Item> items, boolean mine)
                                      implements Serializable {

    /** One criterion of the observation. */
    public record Item(boolean sectionStart, String sectionTitle, String criterion, Integer mark, String comment)
            implements Serializable {
    }

    public boolean submitted() {
        return status == ObservationStatus.SUBMITTED;
    }
}
