package kz.rudny.cabinet.domain.files.boundary;

import java.nio.file.Path;

/** A file to stream to a reader: where it lies, the name to give it, its type and size. */
public record Download(Path path, String name, FileKind kind, long size) {
}
