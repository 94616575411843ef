package kz.rudny.cabinet.domain.files.boundary;

import java.io.InputStream;

/** A file on its way in: the name its sender gave it (cleaned when stored: {@link StoredFile#name}) and its bytes. */
public record IncomingFile(String name, InputStream content) {
}
