package kz.rudny.cabinet.events.activities.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import kz.rudny.cabinet.domain.audit.boundary.Changes;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.files.boundary.Download;
import kz.rudny.cabinet.domain.files.boundary.IncomingFile;
import kz.rudny.cabinet.domain.files.boundary.StoredFile;
import kz.rudny.cabinet.domain.files.boundary.StoredFiles;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.events.activities.control.ActivityAccess;
import kz.rudny.cabinet.events.activities.control.ActivityRecords;
import kz.rudny.cabinet.events.activities.control.ActivityTrail;
import kz.rudny.cabinet.events.activities.entity.Activity;
import kz.rudny.cabinet.events.activities.entity.ActivityFile;
import kz.rudny.cabinet.events.audit.boundary.EventsAction;
import kz.rudny.cabinet.events.audit.boundary.EventsField;

/**
 * The materials of an event: files attached by its organiser or a presenter of the school's staff (up to
 * {@link #MAX_FILES}), removed by the organiser or whoever attached one. Read by whoever sees the event
 * ({@link ActivityAccess#sees}: a school's own event its school's people, an open or district one the town; a
 * draft only its organisers), which covers everyone registered; the rows pass the same viewer filter as the event.
 * Anything the caller may not see is "not found". Stored by the shared file store (type from the bytes, size limit,
 * generated names, deleted after commit).
 */
@ApplicationScoped
@Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST, Role.DISTRICT_METHODOLOGIST})
@Transactional
public class ActivityFiles {

    public static final String RECORD = "ActivityFile";
    /** An event keeps at most this many files. */
    public static final int MAX_FILES = 20;

    @Inject
    ActivityRecords records;

    @Inject
    ActivityAccess access;

    @Inject
    StoredFiles files;

    @Inject
    CurrentCaller caller;

    @Inject
    ActivityTrail trail;

    public List<ActivityFileView> of(long activityId) {
        Activity a = seen(activityId);
        boolean organises = access.organises(a);
        return records.data().createQuery("SELECT f FROM ActivityFile f WHERE f.activity = :a ORDER BY f.id",
                        ActivityFile.class).setParameter("a", a).getResultStream()
                .map(f -> new ActivityFileView(f.getId(), f.getName(), f.getKind(), f.getSize(), f.getAddedAt(),
                        f.getAddedByName(), organises || f.getAddedByAccountId() == caller.accountId())).toList();
    }

    /** Whether the caller may attach files to this event: its organiser or a presenter of the school's staff. */
    public boolean mayAttach(long activityId) {
        return access.contributes(seen(activityId));
    }

    /** Attaches a file; refused by the field {@code file} (kind, size, empty, too many), nothing stored then. */
    public long attach(long activityId, @NotNull IncomingFile file) {
        Activity a = records.locked(activityId);
        if (!access.sees(a)) {
            throw new NotFoundException(ActivityRecords.RECORD, activityId);
        }
        if (!access.contributes(a)) {
            throw new InvalidInputException("file", "activity.file.notPresenter");
        }
        if (a.getStatus() == ActivityStatus.CANCELLED) {
            throw new InvalidInputException("file", "activity.file.cancelled");
        }
        long count = records.data().createQuery("SELECT COUNT(f) FROM ActivityFile f WHERE f.activity = :a",
                Long.class).setParameter("a", a).getSingleResult();
        if (count >= MAX_FILES) {
            throw new InvalidInputException("file", "activity.file.tooMany", MAX_FILES);
        }
        StoredFile stored = files.accept(file);
        ActivityFile f = new ActivityFile(a, stored, caller.accountId(), caller.getFullName(),
                LocalDateTime.now(ZoneOffset.UTC));
        records.data().persist(f);
        records.data().flush();
        trail.record(EventsAction.ACTIVITY_FILE_ATTACHED, activityId,
                Changes.describe().value(EventsField.FILE, stored.name()));
        return f.getId();
    }

    public Download download(long activityId, long fileId) {
        ActivityFile f = file(seen(activityId), fileId);
        return files.download(f.getStoredName(), f.getName(), f.getKind(), f.getSize());
    }

    /** Removes a file: by the event's organiser or whoever attached it. */
    public void remove(long activityId, long fileId) {
        Activity a = records.locked(activityId);
        if (!access.sees(a)) {
            throw new NotFoundException(ActivityRecords.RECORD, activityId);
        }
        ActivityFile f = file(a, fileId);
        if (!access.organises(a) && f.getAddedByAccountId() != caller.accountId()) {
            throw new InvalidInputException("file", "activity.file.notYours");
        }
        records.data().remove(f);
        files.deleteWhenCommitted(f.getStoredName());
        trail.record(EventsAction.ACTIVITY_FILE_REMOVED, activityId,
                Changes.describe().value(EventsField.FILE, f.getName()));
    }

    private Activity seen(long activityId) {
        Activity a = records.find(activityId);
        if (!access.sees(a)) {
            throw new NotFoundException(ActivityRecords.RECORD, activityId);
        }
        return a;
    }

    private ActivityFile file(Activity a, long fileId) {
        ActivityFile f = records.data().find(ActivityFile.class, fileId);
        if (f == null || !f.getActivity().getId().equals(a.getId())) {
            throw new NotFoundException(RECORD, fileId);
        }
        return f;
    }
}
