package kz.rudny.cabinet.domain.files.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FileStoreTest {

    private static final long LIMIT = 100_000;

    @TempDir
    Path root;

    private FileStore store;

    @BeforeEach
    void createStore() {
        store = new FileStore(root);
    }

    @Test
    void keepsTheBytesUnderAGeneratedNameWithTheirSizeAndDigest() throws Exception {
        byte[] bytes = randomBytes(70_001);

        WrittenFile stored = store.save(new ByteArrayInputStream(bytes), LIMIT);

        assertTrue(stored.storedName().matches("[0-9a-f]{32}"), stored.storedName());
        assertEquals(bytes.length, stored.size());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), stored.sha256());
        Path path = store.path(stored.storedName());
        assertArrayEquals(bytes, Files.readAllBytes(path));
        assertEquals(root.resolve(stored.storedName().substring(0, 2)).resolve(stored.storedName()), path);
        assertEquals(List.of(path), regularFiles());
    }

    @Test
    void givesEachUploadItsOwnName() throws Exception {
        WrittenFile first = store.save(new ByteArrayInputStream(new byte[] {1}), LIMIT);
        WrittenFile second = store.save(new ByteArrayInputStream(new byte[] {1}), LIMIT);

        assertNotEquals(first.storedName(), second.storedName());
        assertEquals(first.sha256(), second.sha256());
    }

    @Test
    void takesAFileOfExactlyTheLimitAndAnEmptyOne() throws Exception {
        assertEquals(LIMIT, store.save(new ByteArrayInputStream(randomBytes((int) LIMIT)), LIMIT).size());
        WrittenFile empty = store.save(InputStream.nullInputStream(), LIMIT);
        assertEquals(0, empty.size());
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", empty.sha256());
    }

    @Test
    void refusesOneByteOverTheLimitLeavingNothing() throws Exception {
        CountingStream in = new CountingStream(new ByteArrayInputStream(randomBytes(10 * (int) LIMIT)));

        FileTooLargeException refused = assertThrows(FileTooLargeException.class, () -> store.save(in, LIMIT));

        assertEquals(LIMIT, refused.limitBytes());
        assertEquals(LIMIT + 1, in.count, "reading stops at the first byte too many");
        assertEquals(List.of(), regularFiles());
        assertThrows(FileTooLargeException.class,
                () -> store.save(new ByteArrayInputStream(randomBytes((int) LIMIT + 1)), LIMIT));
        assertEquals(List.of(), regularFiles());
    }

    @Test
    void leavesNothingOfAnUploadCutOffHalfway() throws Exception {
        InputStream cutOff = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent == 50_000) {
                    throw new IOException("Connection reset by peer");
                }
                sent++;
                return 'x';
            }
        };

        UncheckedIOException failed = assertThrows(UncheckedIOException.class, () -> store.save(cutOff, LIMIT));

        assertEquals("Connection reset by peer", failed.getCause().getMessage());
        assertEquals(List.of(), regularFiles());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"../x", "../../etc/passwd", "0123456789ABCDEF0123456789abcdef", "0123456789abcdef",
        "0123456789abcdef0123456789abcdef0", "0123456789abcdef0123456789abcdeg", "01/3456789abcdef0123456789abcdef",
        "0123456789abcdef0123456789abcde\n", "incoming", "plan.pdf"})
    void refusesAnythingButAStoredName(String name) {
        assertThrows(IllegalArgumentException.class, () -> store.path(name));
        assertThrows(IllegalArgumentException.class, () -> store.delete(name));
    }

    @Test
    void deletesAndDeletingAgainIsNoError() throws Exception {
        WrittenFile stored = store.save(new ByteArrayInputStream(new byte[] {1, 2, 3}), LIMIT);

        store.delete(stored.storedName());
        assertDoesNotThrow(() -> store.delete(stored.storedName()));
        assertDoesNotThrow(() -> store.delete("0123456789abcdef0123456789abcdef"));

        assertFalse(Files.exists(store.path(stored.storedName())));
    }

    @Test
    void sweepsOldUnknownFilesAndOldIncomingLeftoversOnly() throws Exception {
        String known = save();
        String orphan = save();
        String youngOrphan = save();
        makeOld(store.path(known));
        makeOld(store.path(orphan));
        Files.createDirectories(root.resolve("incoming"));
        Path oldPart = Files.writeString(root.resolve("incoming").resolve("upload-1.part"), "half");
        Path youngPart = Files.writeString(root.resolve("incoming").resolve("upload-2.part"), "busy");
        makeOld(oldPart);
        Path foreign = Files.writeString(Files.createDirectories(root.resolve("ab")).resolve("notes.txt"), "x");
        makeOld(foreign);

        int deleted = store.sweepOrphans(Set.of(known)::contains, Duration.ofHours(1));

        assertEquals(2, deleted);
        assertFalse(Files.exists(store.path(orphan)));
        assertFalse(Files.exists(oldPart));
        assertTrue(Files.exists(store.path(known)));
        assertTrue(Files.exists(store.path(youngOrphan)));
        assertTrue(Files.exists(youngPart));
        assertTrue(Files.exists(foreign), "a file the store did not name is left alone");
    }

    @Test
    void sweepingAStoreNothingWasSavedToFindsNothing() {
        assertEquals(0, new FileStore(root.resolve("never-created")).sweepOrphans(name -> false, Duration.ZERO));
    }

    @Test
    void usesTheFilesFolderOfTheDataDirectory() throws Exception {
        FileStore configured = new FileStore(root.toString());
        String name = configured.save(new ByteArrayInputStream(new byte[] {7}), LIMIT).storedName();
        assertEquals(root.resolve("files").resolve(name.substring(0, 2)).resolve(name), configured.path(name));
        assertTrue(Files.exists(configured.path(name)));
    }

    private String save() throws Exception {
        return store.save(new ByteArrayInputStream(randomBytes(10)), LIMIT).storedName();
    }

    private static void makeOld(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
    }

    private List<Path> regularFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    /** Counts the bytes the store took from the upload. */
    private static final class CountingStream extends InputStream {
        private final InputStream in;
        long count;

        CountingStream(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = in.read(buffer, offset, length);
            if (read > 0) {
                count += read;
            }
            return read;
        }
    }
}
