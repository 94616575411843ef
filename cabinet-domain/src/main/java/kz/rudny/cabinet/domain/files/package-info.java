/**
 * Stored files, one capability for every module (a material's files, the district's copies, a meeting's
 * attachments, a course certificate ...). What it must do:
 * <ul>
 * <li>refuse a file larger than {@code cabinet.upload.max-file-bytes} while it streams, at the first byte too
 * many, without holding it whole in memory, and leave nothing of it (nor of a stream cut off halfway);</li>
 * <li>read the kind from the bytes, never the name (PDF, DOCX, PPTX, XLSX, ODT, ODP, PNG, JPEG, GIF; a caller may
 * take fewer), and refuse anything else (HTML named {@code .pdf}, a plain ZIP, a program) and an empty file;</li>
 * <li>keep a cleaned name for display and download (no folder parts, control or invisible characters or
 * {@code < > : " / \ | ? * ' `}; Kazakh and every other script's letters kept; the kind's extension) that never
 * reaches the file system: the file lies in {@code cabinet.data.dir/files/<xx>/<32 hex>} under a generated name,
 * with its SHA-256, written to {@code incoming/} and moved into place atomically;</li>
 * <li>delete a file written for a transaction that rolls back, and a file whose record is deleted only once the
 * deletion committed;</li>
 * <li>at start, sweep stored files older than an hour that no module's records name (each feature that keeps
 * stored names implements {@code boundary.StoredFileOwner}; if one cannot answer, nothing is swept) and
 * leftovers in {@code incoming/}.</li>
 * </ul>
 * The API is {@code boundary.StoredFiles}; {@code control} (the store, the sniffer, the names, the after-commit
 * deletion and the sweep) is internal.
 */
package kz.rudny.cabinet.domain.files;
