package kz.rudny.cabinet.domain.files.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import kz.rudny.cabinet.domain.platform.boundary.ConfigKeys;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Uploaded files, outside the web root in {@code cabinet.data.dir/files}, each under a generated name
 * (32 hex digits) in a folder named by its first two: nothing of the submitted name reaches the file system.
 * An upload is written to {@code incoming/} while its size is counted and its SHA-256 computed, flushed to
 * disk, and only when complete moved atomically into place; a refused or broken upload leaves nothing.
 */
@ApplicationScoped
public class FileStore {

    private static final Logger LOG = Logger.getLogger(FileStore.class.getName());
    private static final Pattern STORED_NAME = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern FOLDER_NAME = Pattern.compile("[0-9a-f]{2}");
    private static final String INCOMING = "incoming";
    private static final int BUFFER_BYTES = 64 * 1024;

    private Path root;

    protected FileStore() {
    }

    @Inject
    public FileStore(@ConfigProperty(name = ConfigKeys.DATA_DIR) String dataDir) {
        this(Path.of(dataDir, "files"));
    }

    public FileStore(Path root) {
        this.root = root;
    }

    /** Stores the stream's bytes, refusing them as soon as more than {@code maxBytes} arrive. */
    public WrittenFile save(InputStream in, long maxBytes) throws FileTooLargeException {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("A negative size limit: " + maxBytes);
        }
        Path incoming = null;
        boolean moved = false;
        try {
            Files.createDirectories(root.resolve(INCOMING));
            incoming = Files.createTempFile(root.resolve(INCOMING), "upload-", ".part");
            MessageDigest sha256 = sha256();
            long size = copy(in, incoming, maxBytes, sha256);
            String storedName = UUID.randomUUID().toString().replace("-", "");
            Path target = path(storedName);
            Files.createDirectories(target.getParent());
            Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
            return new WrittenFile(storedName, size, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (incoming != null && !moved) {
                deleteQuietly(incoming);
            }
        }
    }

    private static long copy(InputStream in, Path file, long maxBytes, MessageDigest digest)
            throws IOException, FileTooLargeException {
        byte[] buffer = new byte[BUFFER_BYTES];
        long size = 0;
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE)) {
            while (true) {
                long room = maxBytes - size;
                int read = in.read(buffer, 0, room < buffer.length ? (int) room + 1 : buffer.length);
                if (read < 0) {
                    break;
                }
                size += read;
                if (size > maxBytes) {
                    throw new FileTooLargeException(maxBytes);
                }
                digest.update(buffer, 0, read);
                ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, read);
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
            }
            out.force(true);
        }
        return size;
    }

    /** Where a stored file lies; refuses anything that is not a stored name. */
    public Path path(String storedName) {
        if (storedName == null || !STORED_NAME.matcher(storedName).matches()) {
            throw new IllegalArgumentException("Not a stored file name: " + storedName);
        }
        return root.resolve(storedName.substring(0, 2)).resolve(storedName);
    }

    /** Deletes a stored file; a file already gone is no error. */
    public void delete(String storedName) {
        try {
            Files.deleteIfExists(path(storedName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes what a crash between writing a file and committing its record left behind: stored files
     * older than {@code minAge} whose names {@code isKnown} rejects, and uploads older than {@code minAge}
     * still in {@code incoming/}. Files the store did not name are left alone. Returns how many were deleted.
     */
    public int sweepOrphans(Predicate<String> isKnown, Duration minAge) {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        FileTime cutoff = FileTime.from(Instant.now().minus(minAge));
        int deleted = 0;
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(root, Files::isDirectory)) {
            for (Path folder : folders) {
                String folderName = folder.getFileName().toString();
                if (folderName.equals(INCOMING)) {
                    deleted += deleteOld(folder, cutoff, name -> true);
                } else if (FOLDER_NAME.matcher(folderName).matches()) {
                    deleted += deleteOld(folder, cutoff, name -> STORED_NAME.matcher(name).matches()
                            && name.startsWith(folderName) && !isKnown.test(name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return deleted;
    }

    private static int deleteOld(Path folder, FileTime cutoff, Predicate<String> isOrphan) throws IOException {
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, Files::isRegularFile)) {
            for (Path file : files) {
                if (Files.getLastModifiedTime(file).compareTo(cutoff) < 0
                        && isOrphan.test(file.getFileName().toString()) && deleteQuietly(file)) {
                    deleted++;
                }
            }
        }
        return deleted;
    }

    private static boolean deleteQuietly(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete " + file, e);
            return false;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
