package kz.rudny.cabinet.events.meetings.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import kz.rudny.cabinet.domain.files.boundary.FileKind;

/** A file of a meeting as listed on its page. */
public record MeetingFileView(long id, String name, FileKind kind, long size, LocalDateTime addedAt,
                              String addedByName) implements Serializable {
}
