package kz.rudny.cabinet.domain.errors;

/**
 * Someone saved the record after this form was opened: the save is refused and nothing is stored, so that
 * nobody's change is overwritten unseen. The person keeps what they typed, reads the record again and repeats
 * their change. A form carries the version of the record it was filled from; the boundary compares it with
 * the record's current version before it changes anything.
 */
public class ChangedSinceOpenedException extends RuntimeException {

    public ChangedSinceOpenedException(String what, Object id, long opened, long current) {
        super(what + " " + id + " changed since it was opened (version " + opened + ", now " + current + ")");
    }

    /** Refuses the save unless the record is still at the version the form was opened with. */
    public static void check(String what, Object id, long opened, long current) {
        if (opened != current) {
            throw new ChangedSinceOpenedException(what, id, opened, current);
        }
    }
}
