package kz.rudny.cabinet.domain.files.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.files.control.FakeTransaction;
import kz.rudny.cabinet.domain.files.control.FileStore;
import kz.rudny.cabinet.domain.files.samples.SampleFiles;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one way a file comes in, as every module uses it: checks, name, kind, and the transaction's outcome. */
class StoredFilesTest {

    private static final long LIMIT = 200_000;

    @TempDir
    Path root;

    private FakeTransaction transaction;
    private StoredFiles files;

    @BeforeEach
    void setUp() {
        FileStore store = new FileStore(root);
        transaction = new FakeTransaction();
        files = new StoredFiles();
        files.store = store;
        files.afterCommit = transaction.filesAfterCommit(store);
        files.settings = new Settings() {
            @Override
            public long uploadMaxBytes() {
                return LIMIT;
            }
        };
    }

    @Test
    void keepsTheFileWithItsKindFromTheBytesAndACleanedKazakhName() throws Exception {
        byte[] docx = SampleFiles.docx(SampleFiles.KAZAKH);

        String submitted = "C:\\Users\\Мұғалім\\Сабақ <жоспары>.pdf";

        StoredFile stored = files.accept(new IncomingFile(submitted, stream(docx)));
        transaction.commit();

        assertEquals(FileKind.DOCX, stored.kind());
        assertEquals("Сабақ жоспары.docx", stored.name());
        assertEquals(docx.length, stored.size());
        assertTrue(stored.storedName().matches("[0-9a-f]{32}"));
        assertArrayEquals(docx, Files.readAllBytes(files.path(stored.storedName())));
        assertEquals(files.path(stored.storedName()), files.download(stored.storedName(), stored.name(),
                stored.kind(), stored.size()).path());
        assertEquals(LIMIT, files.uploadLimit());
    }

    @Test
    void refusesAFileOverTheLimitWhileItStreamsLeavingNothing() throws Exception {
        byte[] big = Arrays.copyOf(SampleFiles.pdf(SampleFiles.ENGLISH), (int) LIMIT + 1);

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> files.accept(new IncomingFile("big.pdf", stream(big))));

        assertEquals("file.tooLarge", refused.problems().get(0).messageKey());
        assertEquals(List.of(), regularFiles());
    }

    @Test
    void refusesWrongBytesUnderARightNameAndTheRollbackLeavesNothing() throws Exception {
        byte[] html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> files.accept(new IncomingFile("plan.pdf", stream(html))));
        transaction.rollBack();

        assertEquals("file", refused.problems().get(0).field());
        assertEquals("file.typeRefused", refused.problems().get(0).messageKey());
        assertEquals(List.of(), regularFiles());
    }

    @Test
    void refusesAnEmptyFile() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> files.accept(new IncomingFile("plan.pdf", stream(new byte[0]))));
        transaction.rollBack();

        assertEquals("file.empty", refused.problems().get(0).messageKey());
        assertTrue(regularFiles().isEmpty());
    }

    @Test
    void takesOnlyTheKindsTheCallerAllowsAndSaysWhichOnes() throws Exception {
        Set<FileKind> scans = Set.of(FileKind.PDF, FileKind.JPEG);
        assertEquals(FileKind.PDF, files.accept(new IncomingFile("scan", stream(SampleFiles.pdf("x"))), scans).kind());

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> files.accept(new IncomingFile("scan.pdf", stream(SampleFiles.docx("x"))), scans));

        assertEquals("file.typeRefusedOnly", refused.problems().get(0).messageKey());
        assertArrayEquals(new Object[] {"PDF, JPEG"}, refused.problems().get(0).arguments());
    }

    @Test
    void aWrittenFileGoesWhenTheTransactionRollsBackAndADeletedOneOnlyAfterCommit() throws Exception {
        StoredFile rolledBack = files.accept(new IncomingFile("a.docx", stream(SampleFiles.docx("a"))));
        transaction.rollBack();
        assertFalse(Files.exists(files.path(rolledBack.storedName())));

        StoredFile kept = files.accept(new IncomingFile("b.docx", stream(SampleFiles.docx("b"))));
        transaction.commit();
        files.deleteWhenCommitted(kept.storedName());
        assertTrue(Files.exists(files.path(kept.storedName())), "still there until the deletion commits");
        transaction.commit();
        assertFalse(Files.exists(files.path(kept.storedName())));
    }

    private static ByteArrayInputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private List<Path> regularFiles() {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
