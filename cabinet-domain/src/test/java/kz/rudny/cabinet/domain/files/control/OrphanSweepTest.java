package kz.rudny.cabinet.domain.files.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import kz.rudny.cabinet.domain.files.boundary.StoredFileOwner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrphanSweepTest {

    private static final List<Long> SCHOOLS = List.of(1L, 2L, 3L);

    @TempDir
    Path root;

    private FileStore store;
    private OrphanSweep sweep;

    @BeforeEach
    void setUp() {
        store = new FileStore(root);
        sweep = new OrphanSweep();
        sweep.store = store;
    }

    @Test
    void asksEveryRegisteredOwnerForTheNamesOfEverySchool() throws Exception {
        Owner library = new Owner();
        Owner events = new Owner();
        Owner mentoring = new Owner();

        sweep.sweep(SCHOOLS, List.of(library, events, mentoring));

        assertEquals(List.of(SCHOOLS), library.askedFor);
        assertEquals(List.of(SCHOOLS), events.askedFor);
        assertEquals(List.of(SCHOOLS), mentoring.askedFor);
    }

    @Test
    void keepsFilesAnyOwnerNamesAndDeletesOldOnesNoOwnerNames() throws Exception {
        String material = oldFile();
        String meeting = oldFile();
        String orphan = oldFile();
        String youngOrphan = store.save(new ByteArrayInputStream(new byte[] {1}), 10).storedName();

        int deleted = sweep.sweep(SCHOOLS, List.of(new Owner(material), new Owner(meeting)));

        assertEquals(1, deleted);
        assertTrue(Files.exists(store.path(material)));
        assertTrue(Files.exists(store.path(meeting)), "a file of another module is not an orphan");
        assertFalse(Files.exists(store.path(orphan)));
        assertTrue(Files.exists(store.path(youngOrphan)), "a file younger than an hour may await its commit");
    }

    @Test
    void sweepsNothingWhenAnOwnerCannotTell() throws Exception {
        String orphan = oldFile();
        String meeting = oldFile();
        StoredFileOwner failing = schools -> {
            throw new IllegalStateException("database down");
        };

        int deleted = sweep.sweep(SCHOOLS, List.of(new Owner(), failing));

        assertEquals(0, deleted);
        assertTrue(Files.exists(store.path(orphan)));
        assertTrue(Files.exists(store.path(meeting)), "the failing owner's files are safe");
    }

    @Test
    void withNoOwnerEveryOldStoredFileIsAnOrphan() throws Exception {
        String orphan = oldFile();

        assertEquals(1, sweep.sweep(SCHOOLS, List.of()));
        assertFalse(Files.exists(store.path(orphan)));
    }

    private String oldFile() throws Exception {
        String name = store.save(new ByteArrayInputStream(new byte[] {1, 2}), 10).storedName();
        makeOld(store.path(name));
        return name;
    }

    private static void makeOld(Path file) throws IOException {
        Instant old = Instant.now().minus(OrphanSweep.MIN_AGE).minus(Duration.ofMinutes(1));
        Files.setLastModifiedTime(file, FileTime.from(old));
    }

    /** An owner whose records name the given stored names, recording what it was asked. */
    private static final class Owner implements StoredFileOwner {
        private final List<String> names;
        final List<List<Long>> askedFor = new ArrayList<>();

        Owner(String... names) {
            this.names = List.of(names);
        }

        @Override
        public Collection<String> storedNames(List<Long> schoolIds) {
            askedFor.add(schoolIds);
            return names;
        }
    }
}
