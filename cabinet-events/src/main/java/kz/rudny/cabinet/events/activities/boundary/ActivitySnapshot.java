package kz.rudny.cabinet.events.activities.boundary;

import java.time.LocalDateTime;
import kz.rudny.cabinet.domain.audit.boundary.Changes;
import kz.rudny.cabinet.domain.calendar.PaperDates;
import kz.rudny.cabinet.events.activities.entity.Activity;
import kz.rudny.cabinet.events.audit.boundary.EventsField;

/**
 * What an event was before the organiser changed it: to see whether it moved (time, place, room) and to tell the
 * audit trail what changed.
 */
record ActivitySnapshot(String title, LocalDateTime startsAt, LocalDateTime endsAt, String place, String onlineLink,
                        Long roomId, int capacity) {

    static ActivitySnapshot of(Activity a, Long roomId) {
        return new ActivitySnapshot(Activities.title(a), a.getStartsAt(), a.getEndsAt(), a.getPlace(),
                a.getOnlineLink(), roomId, a.getCapacity());
    }

    /** The audit's entry: the title (as it is, or as it changed), and each field that changed. */
    Changes changesTo(Activity a) {
        String now = Activities.title(a);
        Changes changes = now.equals(title) ? Changes.describe().value(EventsField.ACTIVITY_TITLE, now)
                : Changes.describe().field(EventsField.ACTIVITY_TITLE, title, now);
        return changes.field(EventsField.STARTS_AT, startsAt.format(PaperDates.DAY_AND_TIME),
                        a.getStartsAt().format(PaperDates.DAY_AND_TIME))
                .field(EventsField.ENDS_AT, endsAt.format(PaperDates.DAY_AND_TIME),
                        a.getEndsAt().format(PaperDates.DAY_AND_TIME))
                .field(EventsField.PLACE, place, a.getPlace())
                .field(EventsField.ONLINE_LINK, onlineLink, a.getOnlineLink())
                .field(EventsField.CAPACITY, String.valueOf(capacity), String.valueOf(a.getCapacity()));
    }
}
