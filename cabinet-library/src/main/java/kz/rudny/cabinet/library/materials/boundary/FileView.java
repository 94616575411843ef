package kz.rudny.cabinet.library.materials.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import kz.rudny.cabinet.domain.files.boundary.FileKind;

/** A stored file of a material, with the versions before it listed separately. */
public record FileView(long id, String name, FileKind kind, long size, String sha256, int versionNumber,
                       LocalDateTime uploadedAt, String uploadedBy, boolean current) implements Serializable {
}
