package kz.rudny.cabinet.events.activities.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * An open lesson as the caller sees it: the event's title, time and organiser, the lesson's details (null until
 * the organiser describes it), the teacher's summary, and what the caller may do: change the details
 * ({@code organising}), read every submitted observation and write the summary ({@code readsAll}), observe
 * ({@code mayObserve}: registered), their own observation's id if started.
 */
public record OpenLessonView(long activityId, ActivityKind kind, ActivityStatus status, String titleKk,
                             String titleRu, String ownerName, LocalDateTime startsAt, boolean described,
                             Long teacherStaffId, String teacherName, String className, String subject, String topic,
                             String goals, String summary, String summaryBy, LocalDateTime summaryAt,
                             boolean organising, boolean readsAll, boolean mayObserve, Long myObservationId)
                                     implements Serializable {

    /** The title in Kazakh or Russian, the other when one is missing. */
    public String title(boolean kazakh) {
        String first = kazakh ? titleKk : titleRu;
        return first != null ? first : (kazakh ? titleRu : titleKk);
    }
}
