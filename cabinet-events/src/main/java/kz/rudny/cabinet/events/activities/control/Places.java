package kz.rudny.cabinet.events.activities.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import kz.rudny.cabinet.events.activities.boundary.Seat;
import kz.rudny.cabinet.events.activities.boundary.SeatStatus;
import kz.rudny.cabinet.events.activities.entity.Activity;
import kz.rudny.cabinet.events.activities.entity.Registration;
import org.eclipse.persistence.config.QueryHints;

/**
 * The places of an event and its queue, always under the event row's lock ({@link ActivityRecords#locked}): a
 * registration takes a place while {@code taken < capacity} (the database's check refuses more), or the next
 * number of the queue; a freed place goes at once to the first in the queue. The queue holds people of many
 * schools, whom the caller's viewer filter does not show; so the queue is read and moved up here, in SQL on the
 * event's own rows, and nowhere else. It answers only ids and numbers, never another school's people.
 */
@ApplicationScoped
public class Places {

    /** Someone moved up from the queue: their registration and account, to tell them. */
    public record MovedUp(long registrationId, long accountId) {
    }

    @Inject
    ActivityRecords records;

    /** Gives the registration a place, or the next number in the queue. */
    public Seat take(Activity locked, Registration r, LocalDateTime now) {
        if (locked.getTaken() < locked.getCapacity()) {
            locked.placeTaken();
            r.placed(locked.nextNumber(), now, false);
            return new Seat(SeatStatus.REGISTERED, null);
        }
        r.queued(locked.queued(), now);
        records.data().flush();
        return new Seat(SeatStatus.WAITING, position(locked, r.getQueueNo()));
    }

    /** Frees what the registration held; a freed place goes to the first in the queue (returned). */
    public List<MovedUp> release(Activity locked, Registration r, LocalDateTime now) {
        SeatStatus before = r.getStatus();
        r.cancelled(now);
        if (before == SeatStatus.WAITING) {
            locked.leftQueue();
            return List.of();
        }
        if (before != SeatStatus.REGISTERED) {
            return List.of();
        }
        locked.placeFreed();
        records.data().flush();
        return fillFromQueue(locked, now);
    }

    /** Moves people up from the queue while places are free (after a cancellation or a raised capacity). */
    public List<MovedUp> fillFromQueue(Activity locked, LocalDateTime now) {
        List<MovedUp> moved = new ArrayList<>();
        while (locked.getTaken() < locked.getCapacity() && locked.getWaiting() > 0) {
            Object[] first = firstWaiting(locked.getId());
            if (first == null) {
                break;
            }
            long id = ((Number) first[0]).longValue();
            nativeQuery("UPDATE ACTIVITY_REGISTRATION SET STATUS = 'REGISTERED', PLACED_AT = ?,"
                    + " VERSION = VERSION + 1 WHERE ID = ? AND STATUS = 'WAITING'")
                    .setParameter(1, Timestamp.valueOf(now)).setParameter(2, id).executeUpdate();
            locked.leftQueue();
            locked.placeTaken();
            moved.add(new MovedUp(id, ((Number) first[1]).longValue()));
        }
        records.data().flush();
        return moved;
    }

    /** The place in the queue of a queue number: 1 for the first waiting. */
    public int position(Activity activity, int queueNo) {
        Number ahead = (Number) nativeQuery("SELECT COUNT(*) FROM ACTIVITY_REGISTRATION"
                        + " WHERE ACTIVITY_ID = ? AND STATUS = 'WAITING' AND QUEUE_NO < ?")
                .setParameter(1, activity.getId()).setParameter(2, queueNo).getSingleResult();
        return ahead.intValue() + 1;
    }

    /** The accounts of everyone holding a place or waiting (to tell them the event moved or was cancelled). */
    @SuppressWarnings("unchecked")
    public List<Long> partiesOf(Activity activity) {
        List<Object> ids = nativeQuery("SELECT ACCOUNT_ID FROM ACTIVITY_REGISTRATION"
                + " WHERE ACTIVITY_ID = ? AND STATUS <> 'CANCELLED'").setParameter(1, activity.getId()).getResultList();
        return ids.stream().map(o -> ((Number) o).longValue()).toList();
    }

    /** With the event: every live registration cancelled (the event was cancelled). */
    public void cancelAll(Activity locked, LocalDateTime now) {
        records.data().flush();
        nativeQuery("UPDATE ACTIVITY_REGISTRATION SET STATUS = 'CANCELLED', CANCELLED_AT = ?,"
                + " VERSION = VERSION + 1 WHERE ACTIVITY_ID = ? AND STATUS <> 'CANCELLED'")
                .setParameter(1, Timestamp.valueOf(now)).setParameter(2, locked.getId()).executeUpdate();
    }

    private Object[] firstWaiting(long activityId) {
        List<?> rows = nativeQuery("SELECT ID, ACCOUNT_ID FROM ACTIVITY_REGISTRATION"
                        + " WHERE ACTIVITY_ID = ? AND STATUS = 'WAITING' ORDER BY QUEUE_NO")
                .setParameter(1, activityId).setMaxResults(1).getResultList();
        return rows.isEmpty() ? null : (Object[]) rows.get(0);
    }

    /**
     * A native query on the event's own rows. EclipseLink refuses native SQL in a unit with school-scoped entities
     * (it would bypass the tenant filter); this class alone opts in, query by query, for the queue.
     */
    private Query nativeQuery(String sql) {
        return records.data().createNativeQuery(sql).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, Boolean.TRUE);
    }
}
