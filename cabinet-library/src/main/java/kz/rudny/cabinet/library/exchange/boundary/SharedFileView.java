package kz.rudny.cabinet.library.exchange.boundary;

import java.io.Serializable;
import kz.rudny.cabinet.domain.files.boundary.FileKind;

/** A file of a shared material. */
public record SharedFileView(long id, String name, FileKind kind, long size, String sha256) implements Serializable {
}
