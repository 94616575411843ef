package kz.rudny.cabinet.domain.files.boundary;

/**
 * A file the store accepted: its generated name (32 hex digits, all that the caller's record keeps of where it
 * lies), the cleaned name to show and download it under (with the extension of its kind), its kind read from the
 * bytes, its size in bytes and its SHA-256 in lowercase hex.
 */
public record StoredFile(String storedName, String name, FileKind kind, long size, String sha256) {
}
