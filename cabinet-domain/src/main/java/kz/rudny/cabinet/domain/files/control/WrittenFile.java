package kz.rudny.cabinet.domain.files.control;

/** A file the {@link FileStore} wrote: its generated name, its size in bytes and its SHA-256 in lowercase hex. */
public record WrittenFile(String storedName, long size, String sha256) {
}
