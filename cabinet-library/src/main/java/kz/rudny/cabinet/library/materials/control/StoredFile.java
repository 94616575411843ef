package kz.rudny.cabinet.library.materials.control;

/** A file the {@link FileStore} holds: its generated name, its size in bytes and its SHA-256 in lowercase hex. */
public record StoredFile(String storedName, long size, String sha256) {
}
