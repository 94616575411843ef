package kz.rudny.cabinet.events.activities.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import kz.rudny.cabinet.domain.calendar.PaperDates;
import kz.rudny.cabinet.domain.notifications.boundary.Notice;
import kz.rudny.cabinet.domain.notifications.boundary.Notifications;
import kz.rudny.cabinet.events.activities.boundary.Activities;
import kz.rudny.cabinet.events.activities.entity.Activity;

/**
 * The queue moving up and the people moved up told, in one place: after a place frees (a registration cancelled)
 * or the organiser raises the capacity (the capacity alone, or the whole event's form). Under the event row's lock.
 */
@ApplicationScoped
public class QueueMoves {

    @Inject
    Places places;

    @Inject
    Notifications notifications;

    /** Moves people up from the queue while places are free, and tells each of them. */
    public void fillAndTell(Activity locked, LocalDateTime now) {
        tell(locked, places.fillFromQueue(locked, now));
    }

    /** Tells the people moved up (if any) that they now hold a place. */
    public void tell(Activity a, List<Places.MovedUp> moved) {
        if (!moved.isEmpty()) {
            notifications.sendToParties(moved.stream().map(Places.MovedUp::accountId).toList(),
                    Notice.about("notice.activity.movedUp", Activities.title(a),
                            a.getStartsAt().format(PaperDates.DAY_AND_TIME)).linkingTo(Activities.link(a)));
        }
    }
}
