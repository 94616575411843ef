package kz.rudny.cabinet.events.activities.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import kz.rudny.cabinet.domain.files.boundary.FileKind;

/** A file of an event as listed on its page; {@code removable} when the caller may remove it. */
public record ActivityFileView(long id, String name, FileKind kind, long size, LocalDateTime addedAt,
                               String addedByName, boolean removable) implements Serializable {
}
