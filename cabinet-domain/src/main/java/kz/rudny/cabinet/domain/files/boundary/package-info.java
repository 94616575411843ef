/**
 * The stored files' API for every module: {@code StoredFiles} (accept a file in the caller's transaction, read
 * it, download it, delete it after commit), what it hands back ({@code StoredFile}, {@code Download}), what it
 * takes ({@code IncomingFile}, {@code FileKind}), and {@code StoredFileOwner}, which every feature whose records
 * name stored files implements for the start-up orphan sweep.
 */
package kz.rudny.cabinet.domain.files.boundary;
