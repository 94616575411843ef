package kz.rudny.cabinet.library.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import kz.rudny.cabinet.domain.errors.AccessDeniedException;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.it.support.TestDatabase;
import kz.rudny.cabinet.domain.paging.PageRequest;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.it.support.Callers;
import kz.rudny.cabinet.library.it.support.FilesOnDisk;
import kz.rudny.cabinet.library.it.support.Uploads;
import kz.rudny.cabinet.library.it.support.Workflow;
import kz.rudny.cabinet.domain.files.boundary.Download;
import kz.rudny.cabinet.domain.files.boundary.FileKind;
import kz.rudny.cabinet.library.materials.boundary.FileView;
import kz.rudny.cabinet.library.materials.boundary.MaterialAuthoring;
import kz.rudny.cabinet.library.materials.boundary.MaterialForm;
import kz.rudny.cabinet.library.materials.boundary.MaterialReview;
import kz.rudny.cabinet.library.materials.boundary.MaterialStatus;
import kz.rudny.cabinet.library.materials.boundary.MaterialSummary;
import kz.rudny.cabinet.library.materials.boundary.MaterialView;
import kz.rudny.cabinet.library.materials.boundary.Materials;
import kz.rudny.cabinet.library.materials.boundary.StepKind;
import kz.rudny.cabinet.library.materials.boundary.StepView;
import kz.rudny.cabinet.domain.people.boundary.TeacherWorks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Digital materials in Payara Micro with the demo data, as the real people of the gymnasium №3 (g3): the
 * review workflow with every allowed and refused step, and uploads through {@link Materials#addFile} checked
 * against the file store on disk ({@code cabinet.data.dir/files}) and the MATERIAL_FILE rows. The upload limit
 * is 200,000 bytes here (arquillian.xml).
 *
 * <p>Run in the container by {@link LibrarySuiteIT}, which implements this interface and hands it the beans through
 * the accessor methods below.
 */
interface MaterialsTests {

    static final String AUTHOR = "g3.teacher";
    static final String HEAD = "g3.head";
    /** Heads another association of the school than {@link #HEAD}. */
    static final String OTHER_HEAD = "g3.t01";
    static final String METHODOLOGIST = "g3.methodologist";
    static final String COLLEAGUE = "g3.young";
    static final String OTHER_SCHOOLS_METHODOLOGIST = "s12.methodologist";
    static final int LIMIT = 200_000;

    Callers callers();

    Workflow workflow();

    Materials materials();

    MaterialAuthoring authoring();

    MaterialReview review();

    TestDatabase db();

    TeacherWorks teacherWorks();

    /** What the library counts of the person's work around today (the mentor's report reads it), as themselves. */
    private int materialsPublishedBy(String username) {
        callers().signIn(username);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        return teacherWorks().of(db().staffIdOf(username), db().number("SELECT ID FROM ACCOUNT WHERE USERNAME = ?",
                username), today.minusDays(1), today.plusDays(1)).materialsPublished();
    }

    jakarta.enterprise.event.Event<kz.rudny.cabinet.domain.platform.boundary.PlatformStarted> started();

    // ------------------------------------------------------------------------------------------------ platform

    @Test
    default void theLibraryStartsWithTheDomainMigrationsAndItsDemoMaterials() {
        List<Object> versions = db().column("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL");
        assertTrue(versions.containsAll(List.of("1", "2", "3", "100", "101")), versions::toString);
        long g3 = db().schoolOf(AUTHOR);
        assertEquals(1, db().number("SELECT COUNT(*) FROM MATERIAL WHERE SCHOOL_ID = ? AND STATUS = 'PUBLISHED' "
                + "AND TITLE_KK = 'Ұлттық ойындар арқылы оқушылардың қызығушылығын арттыру'", g3), "a demo material");
        // The demo's share, by its material: the exchange tests of the suite share and feature g3 materials of their own.
        assertEquals(1, db().number("SELECT COUNT(*) FROM DISTRICT_SHARE d JOIN MATERIAL m ON m.ID = d.MATERIAL_ID "
                + "WHERE d.ORIGIN_SCHOOL_ID = ? AND d.STATE = 'FEATURED' "
                + "AND m.TITLE_KK = 'Ұлттық ойындар арқылы оқушылардың қызығушылығын арттыру'", g3), "the demo's featured share");
        List<Object> demoSteps = db().column("SELECT s.STEP FROM MATERIAL_STEP s JOIN MATERIAL m ON m.ID = s.MATERIAL_ID "
                + "WHERE m.SCHOOL_ID = ? AND m.TITLE_KK = 'Ұлттық ойындар арқылы оқушылардың қызығушылығын арттыру' "
                + "ORDER BY s.OCCURRED_AT, s.ID", g3);
        assertEquals(List.of("CREATED", "FILE_ADDED", "SUBMITTED", "APPROVED", "PUBLISHED", "SHARED"), demoSteps,
                "the demo history in the order it happened");
        for (Object stored : db().column("SELECT STORED_NAME FROM MATERIAL_FILE")) {
            assertTrue(Files.isRegularFile(FilesOnDisk.of((String) stored)), "demo file " + stored + " on disk");
        }
        callers().signIn(AUTHOR);
        assertEquals(LIMIT, authoring().uploadLimit(), "the test's cabinet.upload.max-file-bytes");
    }

    @Test
    default void theStartUpSweepRemovesOldFilesNoRecordNamesAndKeepsEveryRecordedOne() throws Exception {
        String orphanName = "ab" + "0".repeat(29) + "1";
        java.nio.file.Path orphan = FilesOnDisk.of(orphanName);
        Files.createDirectories(orphan.getParent());
        Files.write(orphan, new byte[] {1, 2, 3});
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofHours(2)));
        Files.setLastModifiedTime(orphan, old);
        List<Object> recorded = db().column("SELECT STORED_NAME FROM MATERIAL_FILE");
        for (Object stored : recorded) {
            Files.setLastModifiedTime(FilesOnDisk.of((String) stored), old);
        }
        started().fire(new kz.rudny.cabinet.domain.platform.boundary.PlatformStarted(
                db().column("SELECT ID FROM SCHOOL").stream().map(id -> ((Number) id).longValue()).toList()));
        assertFalse(Files.exists(orphan), "the old file no record names is gone");
        for (Object stored : recorded) {
            assertTrue(Files.isRegularFile(FilesOnDisk.of((String) stored)), "recorded file " + stored + " stays");
        }
    }

    // ------------------------------------------------------------------------------------------------ workflow

    @Test
    default void theHeadOfTheMaterialsAssociationPublishesItAndEveryStepIsRecorded() {
        long association = workflow().associationHeadedBy(HEAD);
        callers().signIn(AUTHOR);
        long id = authoring().create(Workflow.form("Ұлттық ою-өрнек", null, Language.KK, association));
        assertEquals(MaterialStatus.DRAFT, materials().view(id).status());
        authoring().addFile(id, "oyu-ornek.docx", Uploads.stream(Uploads.docx("Ою-өрнек сабағы")));
        authoring().submit(id);
        MaterialView submitted = materials().view(id);
        assertEquals(MaterialStatus.SUBMITTED, submitted.status());
        assertFalse(submitted.editable());
        assertFalse(submitted.reviewable(), "the author never reviews");

        int publishedBefore = materialsPublishedBy(AUTHOR);
        callers().signIn(HEAD);
        assertTrue(ids(review().toReview(PageRequest.firstPage(100)).items()).contains(id));
        assertTrue(materials().view(id).reviewable());
        review().approve(id, "Жарайды, жариялаймыз");
        assertEquals(publishedBefore + 1, materialsPublishedBy(AUTHOR), "counted in the author's work");

        MaterialView published = materials().view(id);
        assertEquals(MaterialStatus.PUBLISHED, published.status());
        assertTrue(published.publishedAt() != null);
        assertFalse(ids(review().toReview(PageRequest.firstPage(100)).items()).contains(id));
        String author = workflow().fullName(AUTHOR);
        String head = workflow().fullName(HEAD);
        assertSteps(published.steps(),
                step(StepKind.CREATED, author, null),
                step(StepKind.FILE_ADDED, author, "oyu-ornek.docx"),
                step(StepKind.SUBMITTED, author, null),
                step(StepKind.APPROVED, head, "Жарайды, жариялаймыз"),
                step(StepKind.PUBLISHED, head, null));

        callers().signIn(COLLEAGUE);
        assertEquals(MaterialStatus.PUBLISHED, materials().view(id).status(), "published: the whole school reads it");
    }

    @Test
    default void aReturnedMaterialIsEditedResubmittedAndApprovedByTheMethodologist() {
        long id = workflow().submitted(AUTHOR, Workflow.form("Сөз таптары", null, Language.KK, null), "soz.docx",
                Uploads.docx("Зат есім, сын есім"));

        callers().signIn(METHODOLOGIST);
        assertRefused("comment", "material.returnNeedsComment", () -> review().returnToAuthor(id, "   "));
        assertRefused("comment", "material.returnNeedsComment", () -> review().returnToAuthor(id, null));
        assertEquals("SUBMITTED", workflow().status(id));
        review().returnToAuthor(id, "Сабақтың мақсатын нақтылаңыз");
        assertEquals(MaterialStatus.RETURNED, materials().view(id).status());

        callers().signIn(AUTHOR);
        MaterialView returned = materials().view(id);
        assertTrue(returned.editable());
        MaterialForm form = authoring().form(id);
        form.setTitleKk("Сөз таптары: зат есім");
        authoring().update(id, form);
        authoring().submit(id);
        assertEquals(MaterialStatus.SUBMITTED, materials().view(id).status());

        callers().signIn(METHODOLOGIST);
        review().approve(id, "  ");
        MaterialView published = materials().view(id);
        assertEquals(MaterialStatus.PUBLISHED, published.status());
        assertEquals("Сөз таптары: зат есім", published.titleKk());
        String author = workflow().fullName(AUTHOR);
        String methodologist = workflow().fullName(METHODOLOGIST);
        assertSteps(published.steps(),
                step(StepKind.CREATED, author, null),
                step(StepKind.FILE_ADDED, author, "soz.docx"),
                step(StepKind.SUBMITTED, author, null),
                step(StepKind.RETURNED, methodologist, "Сабақтың мақсатын нақтылаңыз"),
                step(StepKind.SUBMITTED, author, null),
                step(StepKind.APPROVED, methodologist, null),
                step(StepKind.PUBLISHED, methodologist, null));
    }

    @Test
    default void refusedStepsChangeNothing() {
        long association = workflow().associationHeadedBy(HEAD);
        callers().signIn(AUTHOR);
        long id = authoring().create(Workflow.form("Бос материал", null, Language.KK, association));
        assertRefused("files", "material.noFiles", () -> authoring().submit(id));
        assertUnchanged(id, "DRAFT", 1);

        callers().signIn(COLLEAGUE);
        assertThrows(NotFoundException.class, () -> materials().view(id), "another teacher never reads a draft");
        assertFalse(ids(materials().mine(PageRequest.firstPage(100)).items()).contains(id));
        callers().signIn(HEAD);
        assertThrows(NotFoundException.class, () -> materials().view(id), "nor does the head, before it is submitted");
        callers().signIn(METHODOLOGIST);
        assertRefused("status", "material.notSubmitted", () -> review().approve(id, null));
        assertRefused("status", "material.notSubmitted", () -> review().returnToAuthor(id, "Неге?"));
        assertUnchanged(id, "DRAFT", 1);

        callers().signIn(AUTHOR);
        long file = authoring().addFile(id, "bos.docx", Uploads.stream(Uploads.docx("Мазмұны")));
        authoring().submit(id);
        assertUnchanged(id, "SUBMITTED", 3);
        assertThrows(AccessDeniedException.class, () -> review().approve(id, null), "the author approves nothing");
        assertThrows(AccessDeniedException.class, () -> review().returnToAuthor(id, "Өзіме"));
        assertRefused("status", "material.notEditable",
                () -> authoring().update(id, Workflow.form("Өзгертілген", null, Language.KK, association)));
        Set<Path> filesBefore = FilesOnDisk.all();
        assertRefused("status", "material.notEditable",
                () -> authoring().addFile(id, "tagy.docx", Uploads.stream(Uploads.docx("Тағы"))));
        assertRefused("status", "material.notEditable", () -> authoring().removeFile(file));
        assertEquals(filesBefore, FilesOnDisk.all());
        assertEquals(1, workflow().fileIds(id).size());

        callers().signIn(OTHER_HEAD);
        assertThrows(NotFoundException.class, () -> review().approve(id, null),
                "the head of another association neither sees nor approves it");
        callers().signIn(COLLEAGUE);
        assertThrows(NotFoundException.class, () -> review().approve(id, null));
        assertThrows(NotFoundException.class, () -> materials().view(id), "nor reads it while it is submitted");
        callers().signIn(OTHER_SCHOOLS_METHODOLOGIST);
        assertThrows(NotFoundException.class, () -> review().approve(id, null));
        assertUnchanged(id, "SUBMITTED", 3);

        callers().signIn(HEAD);
        review().approve(id, null);
        assertUnchanged(id, "PUBLISHED", 5);
        assertRefused("status", "material.notSubmitted", () -> review().approve(id, null));
        assertRefused("status", "material.notSubmitted", () -> review().returnToAuthor(id, "Кеш"));
        callers().signIn(AUTHOR);
        assertRefused("status", "material.notEditable",
                () -> authoring().update(id, Workflow.form("Өзгертілген", null, Language.KK, association)));
        assertRefused("status", "material.notEditable",
                () -> authoring().addFile(id, "tagy.docx", Uploads.stream(Uploads.docx("Тағы"))));
        assertRefused("status", "material.notEditable", () -> authoring().removeFile(file));
        assertRefused("status", "material.notEditable", () -> authoring().form(id));
        assertThrows(NotFoundException.class, () -> materials().delete(id), "the author deletes no published material");
        assertUnchanged(id, "PUBLISHED", 5);
        assertEquals("Бос материал", materials().view(id).titleKk());
        assertEquals(filesBefore, FilesOnDisk.all());
    }

    @Test
    default void aMethodologistMayNotApproveTheirOwnMaterial() {
        long id = workflow().submitted(METHODOLOGIST, Workflow.form("Әдістемелік кеңес жоспары", null, Language.KK, null),
                "kenes.docx", Uploads.docx("Жоспар"));
        assertThrows(AccessDeniedException.class, () -> review().approve(id, "Өзім"));
        assertFalse(materials().view(id).reviewable());
        assertUnchanged(id, "SUBMITTED", 3);
        callers().signIn(HEAD);
        assertThrows(NotFoundException.class, () -> review().approve(id, null), "no association: not the head's");
        assertUnchanged(id, "SUBMITTED", 3);
    }

    // ------------------------------------------------------------------------------------------------- uploads

    @Test
    default void anUploadOverTheLimitIsRefusedAndLeavesNoFileAndNoRow() {
        callers().signIn(AUTHOR);
        long id = authoring().create(Workflow.form("Үлкен файл", null, Language.KK, null));

        long fileId = authoring().addFile(id, "dal-shegi.pdf", Uploads.stream(Uploads.pdfOfExactly(LIMIT)));
        FileView atTheLimit = materials().view(id).files().get(0);
        assertEquals(fileId, atTheLimit.id());
        assertEquals(LIMIT, atTheLimit.size(), "exactly the limit is allowed");
        assertEquals(FileKind.PDF, atTheLimit.kind());

        Set<Path> before = FilesOnDisk.all();
        assertRefused("file", "file.tooLarge",
                () -> authoring().addFile(id, "tym-ulken.pdf", Uploads.stream(Uploads.pdfOfExactly(LIMIT + 1))));
        assertRefused("file", "file.tooLarge",
                () -> authoring().addFile(id, "odan-da.pdf", Uploads.stream(Uploads.pdfOfExactly(3 * LIMIT))));
        assertEquals(before, FilesOnDisk.all(), "no stored file and no half-written upload in incoming/");
        assertEquals(List.of(fileId), workflow().fileIds(id));
        assertEquals(1, materials().view(id).files().size());
        assertEquals(2, workflow().steps(id), "CREATED and the one FILE_ADDED");
    }

    @Test
    default void bytesOfAnotherKindAreRefusedWhateverTheNameSays() {
        callers().signIn(AUTHOR);
        long id = authoring().create(Workflow.form("Түрі басқа", null, Language.KK, null));
        Set<Path> before = FilesOnDisk.all();

        assertRefused("file", "file.typeRefused", () -> authoring().addFile(id, "x.pdf", Uploads.stream(Uploads.html())));
        assertRefused("file", "file.typeRefused", () -> authoring().addFile(id, "y.docx", Uploads.stream(Uploads.zip())));
        assertRefused("file", "file.typeRefused", () -> authoring().addFile(id, "z.docx",
                Uploads.stream("Жай мәтін, құжат емес".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertEquals(before, FilesOnDisk.all(), "each refused upload was written, sniffed and deleted on rollback");
        assertEquals(List.of(), workflow().fileIds(id));
        assertEquals(1, workflow().steps(id));

        long pdf = authoring().addFile(id, "jospar.docx", Uploads.stream(Uploads.pdfOfExactly(2_000)));
        FileView stored = only(materials().view(id).files());
        assertEquals(pdf, stored.id());
        assertEquals(FileKind.PDF, stored.kind(), "the kind comes from the bytes");
        assertEquals("jospar.pdf", stored.name(), "and the name gets the kind's extension");
    }

    @Test
    default void submittedNamesAreStoredCleanedAndAKazakhNameSurvives() {
        callers().signIn(AUTHOR);
        long id = authoring().create(Workflow.form("Атаулар", null, Language.KK, null));
        String kazakh = "Сабақ жоспары — 5 сынып.docx";
        long traversal = authoring().addFile(id, "../../etc/passwd.docx", Uploads.stream(Uploads.docx("бір")));
        long script = authoring().addFile(id, "<script>x</script>.docx", Uploads.stream(Uploads.docx("екі")));
        long windows = authoring().addFile(id, "C:\\Users\\Гүлнар\\Desktop\\жоспар.docx", Uploads.stream(Uploads.docx("үш")));
        long kazakhFile = authoring().addFile(id, kazakh, Uploads.stream(Uploads.docx("төрт")));

        MaterialView view = materials().view(id);
        assertAll(
                () -> assertEquals("passwd.docx", name(view, traversal)),
                () -> assertEquals("script.docx", name(view, script)),
                () -> assertEquals("жоспар.docx", name(view, windows)),
                () -> assertEquals(kazakh, name(view, kazakhFile)),
                () -> assertEquals(kazakh, db().column("SELECT ORIGINAL_NAME FROM MATERIAL_FILE WHERE ID = ?", kazakhFile).get(0)),
                () -> assertEquals(kazakh, materials().download(kazakhFile).name()));
        for (FileView f : view.files()) {
            assertFalse(f.name().contains("/") || f.name().contains("\\") || f.name().contains("<")
                    || f.name().contains(">") || f.name().startsWith("."), f.name());
            String storedName = workflow().storedName(f.id());
            assertTrue(storedName.matches("[0-9a-f]{32}"), storedName);
            assertTrue(Files.isRegularFile(FilesOnDisk.of(storedName)));
        }
        try (Stream<Path> all = Files.walk(FilesOnDisk.dataDir().getParent())) {
            assertTrue(all.noneMatch(p -> p.getFileName().toString().contains("passwd")),
                    "no submitted name reaches the file system");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    default void aCutOffUploadFailsAndStoresNothing() {
        callers().signIn(AUTHOR);
        long id = authoring().create(Workflow.form("Үзілген жүктеу", null, Language.KK, null));
        byte[] docx = Uploads.docx("Бұл файл жартылай ғана жетеді. ".repeat(500));
        Set<Path> before = FilesOnDisk.all();

        RuntimeException failed = assertThrows(RuntimeException.class,
                () -> authoring().addFile(id, "uzilgen.docx", Uploads.cutOffAfter(docx, docx.length / 2)));
        Throwable cause = failed;
        while (cause != null && !(cause instanceof java.io.IOException)) {
            cause = cause.getCause();
        }
        assertTrue(cause != null && cause.getMessage().contains("(test)"), () -> "the stream's failure: " + failed);

        assertEquals(before, FilesOnDisk.all(), "the half-written upload is gone from incoming/");
        assertEquals(List.of(), workflow().fileIds(id));
        assertEquals(1, workflow().steps(id));
        assertEquals(List.of(), materials().view(id).files());
    }

    @Test
    default void aNewVersionKeepsTheOldOneAndAnOldVersionCannotBeReplaced() {
        callers().signIn(AUTHOR);
        long id = authoring().create(Workflow.form("Нұсқалар", null, Language.KK, null));
        byte[] first = Uploads.docx("Бірінші нұсқа");
        byte[] second = Uploads.docx("Екінші нұсқа, толықтырылған");
        long v1 = authoring().addFile(id, "jospar.docx", Uploads.stream(first));
        long v2 = authoring().addVersion(v1, "jospar-2.docx", Uploads.stream(second));

        MaterialView view = materials().view(id);
        FileView current = only(view.files());
        FileView older = only(view.olderFiles());
        assertAll(
                () -> assertEquals(v2, current.id()),
                () -> assertEquals(2, current.versionNumber()),
                () -> assertTrue(current.current()),
                () -> assertEquals(Uploads.sha256(second), current.sha256()),
                () -> assertEquals(v1, older.id()),
                () -> assertEquals(1, older.versionNumber()),
                () -> assertFalse(older.current()),
                () -> assertEquals(Uploads.sha256(first), older.sha256()));
        Download old = materials().download(v1);
        assertArrayEquals(first, FilesOnDisk.read(old.path()), "the old version is still there to download");
        assertArrayEquals(second, FilesOnDisk.read(materials().download(v2).path()));
        assertEquals(StepKind.FILE_ADDED, view.steps().get(view.steps().size() - 1).step());
        assertEquals("jospar-2.docx (v2)", view.steps().get(view.steps().size() - 1).comment());

        assertRefused("file", "file.notCurrent",
                () -> authoring().addVersion(v1, "jospar-3.docx", Uploads.stream(Uploads.docx("Үшінші"))));
        assertEquals(List.of(v1, v2), workflow().fileIds(id));
        Set<Path> before = FilesOnDisk.all();
        assertRefused("file", "file.typeRefused",
                () -> authoring().addVersion(v2, "jospar-3.docx", Uploads.stream(Uploads.html())));
        assertEquals(before, FilesOnDisk.all());
        assertEquals(v2, only(materials().view(id).files()).id(), "a refused version supersedes nothing");
    }

    @Test
    default void removingAFileTakesItsEarlierVersionsOffTheDiskAfterCommit() {
        callers().signIn(AUTHOR);
        long id = authoring().create(Workflow.form("Алынатын файл", null, Language.KK, null));
        long v1 = authoring().addFile(id, "a.docx", Uploads.stream(Uploads.docx("a1")));
        long v2 = authoring().addVersion(v1, "a.docx", Uploads.stream(Uploads.docx("a2")));
        long kept = authoring().addFile(id, "b.docx", Uploads.stream(Uploads.docx("b")));
        Path p1 = FilesOnDisk.of(workflow().storedName(v1));
        Path p2 = FilesOnDisk.of(workflow().storedName(v2));

        authoring().removeFile(v2);

        assertFalse(Files.exists(p1));
        assertFalse(Files.exists(p2));
        assertEquals(List.of(kept), workflow().fileIds(id));
        assertEquals(kept, only(materials().view(id).files()).id());
        assertEquals(List.of(), materials().view(id).olderFiles());
    }

    @Test
    default void deletingAMaterialRemovesItsFilesFromDiskOnlyOnceTheDeletionCommitted() {
        callers().signIn(AUTHOR);
        long id = authoring().create(Workflow.form("Өшірілетін материал", null, Language.KK, null));
        long v1 = authoring().addFile(id, "a.docx", Uploads.stream(Uploads.docx("a1")));
        long v2 = authoring().addVersion(v1, "a.docx", Uploads.stream(Uploads.docx("a2")));
        List<Path> paths = List.of(FilesOnDisk.of(workflow().storedName(v1)), FilesOnDisk.of(workflow().storedName(v2)));
        paths.forEach(p -> assertTrue(Files.isRegularFile(p)));

        db().inRolledBackTransaction(() -> {
            materials().delete(id);
            return null;
        });
        paths.forEach(p -> assertTrue(Files.isRegularFile(p), "a rolled-back deletion keeps " + p));
        assertEquals(List.of(v1, v2), workflow().fileIds(id));
        assertEquals("DRAFT", workflow().status(id));

        db().inTransaction(() -> {
            materials().delete(id);
            paths.forEach(p -> assertTrue(Files.isRegularFile(p), "still there before the commit: " + p));
            return null;
        });
        paths.forEach(p -> assertFalse(Files.exists(p), "gone after the commit: " + p));
        assertEquals(0, db().number("SELECT COUNT(*) FROM MATERIAL WHERE ID = ?", id));
        assertEquals(List.of(), workflow().fileIds(id));
        assertEquals(0, workflow().steps(id));
        assertThrows(NotFoundException.class, () -> materials().view(id));
    }

    @Test
    default void theMethodologistDeletesAPublishedMaterialButAColleagueDeletesNothing() {
        long id = workflow().published(AUTHOR, METHODOLOGIST, Workflow.form("Жарияланған, өшіріледі", null, Language.KK, null),
                "a.docx", Uploads.docx("мазмұн"));
        Path file = FilesOnDisk.of(workflow().storedName(workflow().fileIds(id).get(0)));
        callers().signIn(COLLEAGUE);
        assertThrows(NotFoundException.class, () -> materials().delete(id));
        assertTrue(Files.isRegularFile(file));
        callers().signIn(METHODOLOGIST);
        assertTrue(materials().view(id).deletable());
        materials().delete(id);
        assertFalse(Files.exists(file));
        assertEquals(0, db().number("SELECT COUNT(*) FROM MATERIAL WHERE ID = ?", id));
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private void assertUnchanged(long id, String status, long steps) {
        assertEquals(status, workflow().status(id));
        assertEquals(steps, workflow().steps(id), "recorded steps");
    }

    private static void assertRefused(String field, String key, Executable call) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, call);
        assertEquals(field, refused.problems().get(0).field(), refused::getMessage);
        assertEquals(key, refused.problems().get(0).messageKey(), refused::getMessage);
    }

    private static List<Long> ids(List<MaterialSummary> items) {
        return items.stream().map(MaterialSummary::id).toList();
    }

    private static String name(MaterialView view, long fileId) {
        return view.files().stream().filter(f -> f.id() == fileId).findFirst().orElseThrow().name();
    }

    private static <T> T only(List<T> items) {
        assertEquals(1, items.size(), items::toString);
        return items.get(0);
    }

    record Step(StepKind kind, String actor, String comment) {
    }

    private static Step step(StepKind kind, String actor, String comment) {
        return new Step(kind, actor, comment);
    }

    private static void assertSteps(List<StepView> steps, Step... expected) {
        assertEquals(List.of(expected), steps.stream().map(s -> new Step(s.step(), s.actorName(), s.comment())).toList());
        steps.forEach(s -> assertTrue(s.at() != null));
    }
}
