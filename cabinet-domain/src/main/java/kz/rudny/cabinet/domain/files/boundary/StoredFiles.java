package kz.rudny.cabinet.domain.files.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.files.control.FileNames;
import kz.rudny.cabinet.domain.files.control.FileSniffer;
import kz.rudny.cabinet.domain.files.control.FileStore;
import kz.rudny.cabinet.domain.files.control.FileTooLargeException;
import kz.rudny.cabinet.domain.files.control.FilesAfterCommit;
import kz.rudny.cabinet.domain.files.control.WrittenFile;
import kz.rudny.cabinet.domain.platform.boundary.Settings;

/**
 * Stored files, for every module: the one way a file comes in (counted against the upload limit while it
 * streams, its kind read from the bytes, its name cleaned, kept only if the caller's transaction commits), is
 * read back, and goes (once the deletion commits). The caller keeps the {@link StoredFile}'s values in its own
 * record and tells the start-up sweep about them as a {@link StoredFileOwner}.
 */
@ApplicationScoped
@PermitAll // called by a module's boundary that checked its caller, inside its transaction (or by start-up work)
public class StoredFiles {

    @Inject
    FileStore store;

    @Inject
    FilesAfterCommit afterCommit;

    @Inject
    Settings settings;

    /** Accepts a file of any {@link FileKind}. */
    public StoredFile accept(@NotNull IncomingFile file) {
        return accept(file, FileKind.all());
    }

    /**
     * Stores the file if it is one of the {@code allowed} kinds (read from its bytes, never its name), no larger
     * than {@code cabinet.upload.max-file-bytes} (counted while it streams; nothing is held whole in memory) and
     * not empty; otherwise refuses it on the field {@code file} and leaves nothing on disk. The file is deleted
     * again if the current transaction (there must be one) does not commit.
     */
    public StoredFile accept(@NotNull IncomingFile file, @NotNull Set<FileKind> allowed) {
        long limit = uploadLimit();
        WrittenFile written;
        try {
            written = store.save(file.content(), limit);
        } catch (FileTooLargeException e) {
            throw new InvalidInputException("file", "file.tooLarge", limit / (1024 * 1024));
        }
        afterCommit.keepOnlyIfCommitted(written.storedName());
        if (written.size() == 0) { // said as it is: an empty file has no type to refuse
            throw new InvalidInputException("file", "file.empty");
        }
        FileKind kind = FileSniffer.kindOf(store.path(written.storedName()), allowed)
                .orElseThrow(() -> refusedKind(allowed));
        String name = FileNames.withExtension(FileNames.clean(file.name() == null ? "" : file.name()), kind);
        return new StoredFile(written.storedName(), name, kind, written.size(), written.sha256());
    }

    /** The largest file one may upload, in bytes ({@code cabinet.upload.max-file-bytes}). */
    public long uploadLimit() {
        return settings.uploadMaxBytes();
    }

    /** Where a stored file lies, to read it (e.g. for its text); anything but a stored name is refused. */
    public Path path(@NotNull String storedName) {
        return store.path(storedName);
    }

    /** A stored file as a download under the name and kind its record keeps. */
    public Download download(@NotNull String storedName, @NotNull String name, @NotNull FileKind kind, long size) {
        return new Download(store.path(storedName), name, kind, size);
    }

    /** The record naming the file is being deleted in the current transaction: the file goes once that commits. */
    public void deleteWhenCommitted(@NotNull String storedName) {
        afterCommit.deleteWhenCommitted(storedName);
    }

    private static InvalidInputException refusedKind(Set<FileKind> allowed) {
        if (allowed.containsAll(FileKind.all())) {
            return new InvalidInputException("file", "file.typeRefused");
        }
        return new InvalidInputException("file", "file.typeRefusedOnly", allowed.stream().sorted()
                .map(FileKind::name).collect(Collectors.joining(", ")));
    }
}
