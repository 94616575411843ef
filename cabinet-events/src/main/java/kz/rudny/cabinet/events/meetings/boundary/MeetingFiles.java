package kz.rudny.cabinet.events.meetings.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import kz.rudny.cabinet.domain.audit.boundary.AuditTrail;
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
import kz.rudny.cabinet.events.audit.boundary.EventsAction;
import kz.rudny.cabinet.events.audit.boundary.EventsField;
import kz.rudny.cabinet.events.meetings.control.MeetingAccess;
import kz.rudny.cabinet.events.meetings.control.MeetingRecords;
import kz.rudny.cabinet.events.meetings.entity.Meeting;
import kz.rudny.cabinet.events.meetings.entity.MeetingFile;

/**
 * Files attached to a meeting (presentations, the signed scan of the minutes): added and removed by those who record
 * the minutes, also after they are final (the scan comes after signing); read by whoever reads the meeting. Stored
 * by the shared file store (type from the bytes, size limit, generated names, deleted after commit).
 */
@ApplicationScoped
@Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
@Transactional
public class MeetingFiles {

    public static final String RECORD = "MeetingFile";
    /** A meeting keeps at most this many files. */
    public static final int MAX_FILES = 20;

    @Inject
    MeetingRecords records;

    @Inject
    MeetingAccess access;

    @Inject
    StoredFiles files;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    public List<MeetingFileView> of(long meetingId) {
        access.reading(records.find(meetingId));
        return records.data().createQuery("SELECT f FROM MeetingFile f WHERE f.meetingId = :m ORDER BY f.id",
                        MeetingFile.class).setParameter("m", meetingId).getResultStream()
                .map(f -> new MeetingFileView(f.getId(), f.getName(), f.getKind(), f.getSize(), f.getAddedAt(),
                        f.getAddedByName())).toList();
    }

    /** Attaches a file; refused by the field {@code file} (kind, size, empty, too many), nothing stored then. */
    public long attach(long meetingId, @NotNull IncomingFile file) {
        Meeting m = records.locked(meetingId);
        access.recording(m);
        long count = records.data().createQuery("SELECT COUNT(f) FROM MeetingFile f WHERE f.meetingId = :m", Long.class)
                .setParameter("m", meetingId).getSingleResult();
        if (count >= MAX_FILES) {
            throw new InvalidInputException("file", "meeting.tooManyFiles", MAX_FILES);
        }
        StoredFile stored = files.accept(file);
        MeetingFile f = new MeetingFile(meetingId, stored, caller.getFullName(), LocalDateTime.now(ZoneOffset.UTC));
        records.data().persist(f);
        records.data().flush();
        audit.record(EventsAction.MEETING_FILE_ADDED, MeetingRecords.RECORD, meetingId,
                Changes.describe().value(EventsField.FILE, stored.name()));
        return f.getId();
    }

    public Download download(long meetingId, long fileId) {
        access.reading(records.find(meetingId));
        MeetingFile f = file(meetingId, fileId);
        return files.download(f.getStoredName(), f.getName(), f.getKind(), f.getSize());
    }

    public void remove(long meetingId, long fileId) {
        Meeting m = records.locked(meetingId);
        access.recording(m);
        MeetingFile f = file(meetingId, fileId);
        records.data().remove(f);
        files.deleteWhenCommitted(f.getStoredName());
        audit.record(EventsAction.MEETING_FILE_REMOVED, MeetingRecords.RECORD, meetingId,
                Changes.describe().value(EventsField.FILE, f.getName()));
    }

    private MeetingFile file(long meetingId, long fileId) {
        MeetingFile f = records.data().find(MeetingFile.class, fileId);
        if (f == null || f.getMeetingId() != meetingId) {
            throw new NotFoundException(RECORD, fileId);
        }
        return f;
    }
}
