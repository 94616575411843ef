package kz.rudny.cabinet.library.materials.boundary;

import java.io.InputStream;

/** A file on its way in: the name its sender gave it (cleaned when stored) and its bytes. */
public record IncomingFile(String name, InputStream content) {
}
