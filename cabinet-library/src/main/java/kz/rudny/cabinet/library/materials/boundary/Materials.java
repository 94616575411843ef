package kz.rudny.cabinet.library.materials.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import kz.rudny.cabinet.domain.audit.boundary.AuditTrail;
import kz.rudny.cabinet.library.audit.boundary.LibraryAction;
import kz.rudny.cabinet.library.audit.boundary.LibraryField;
import kz.rudny.cabinet.domain.audit.boundary.Changes;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.paging.Page;
import kz.rudny.cabinet.domain.paging.PageRequest;
import kz.rudny.cabinet.domain.paging.SortKeys;
import kz.rudny.cabinet.domain.people.boundary.StaffCard;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.library.materials.control.FileNames;
import kz.rudny.cabinet.library.materials.control.FileSniffer;
import kz.rudny.cabinet.library.materials.control.FileStore;
import kz.rudny.cabinet.library.materials.control.FileTooLargeException;
import kz.rudny.cabinet.library.materials.control.FilesAfterCommit;
import kz.rudny.cabinet.library.materials.control.MaterialDeleted;
import kz.rudny.cabinet.library.materials.control.MaterialIndexer;
import kz.rudny.cabinet.library.materials.control.Reader;
import kz.rudny.cabinet.library.materials.control.Shelf;
import kz.rudny.cabinet.library.materials.control.StoredFile;
import kz.rudny.cabinet.library.materials.entity.Material;
import kz.rudny.cabinet.library.materials.entity.MaterialFile;
import kz.rudny.cabinet.library.materials.entity.MaterialStep;

/**
 * Teachers' digital materials: an author writes a draft, adds files (new versions keep the old ones) and
 * submits it; the association head or the school methodologist approves it, which publishes it in the
 * school, or returns it with a comment. Every step is recorded on the material.
 */
@ApplicationScoped
@Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
@Transactional
public class Materials {

    public static final String RECORD = "Material";
    private static final SortKeys SORT = new SortKeys(java.util.Map.of("updatedAt", "m.updatedAt",
            "status", "m.status", "type", "m.type"), "m.updatedAt DESC, m.id DESC");

    @Inject
    Shelf shelf;

    @Inject
    Reader reader;

    @Inject
    FileStore store;

    @Inject
    FilesAfterCommit files;

    @Inject
    Settings settings;

    @Inject
    AuditTrail audit;

    @Inject
    MaterialIndexer indexer;

    @Inject
    Event<MaterialDeleted> deleted;

    /** A new draft by the caller. */
    public long create(@NotNull @Valid MaterialForm form) {
        StaffCard me = reader.staff();
        LocalDateTime now = now();
        Material m = new Material(me.staffId(), me.fullName(), me.jobTitle(), now);
        describe(m, form, now);
        EntityManager em = shelf.data();
        em.persist(m);
        em.flush();
        step(m, StepKind.CREATED, null, now);
        audit.record(LibraryAction.MATERIAL_CREATED, RECORD, m.getId(), title(m));
        return m.getId();
    }

    public MaterialForm form(long id) {
        Material m = editable(id);
        MaterialForm f = new MaterialForm();
        f.setTitleKk(m.getTitleKk());
        f.setTitleRu(m.getTitleRu());
        f.setDescription(m.getDescription());
        f.setSubjectId(m.getSubjectId());
        f.setGradeFrom(m.getGradeFrom());
        f.setGradeTo(m.getGradeTo());
        f.setType(m.getType());
        f.setLanguage(m.getLanguage());
        f.setAssociationId(m.getAssociationId());
        f.setAcademicYear(m.getAcademicYear());
        f.setTags(m.getTags());
        return f;
    }

    /** An empty form for a new material: this academic year, the caller's language. */
    public MaterialForm blankForm() {
        MaterialForm f = new MaterialForm();
        f.setAcademicYear(kz.rudny.cabinet.domain.calendar.AcademicYear.of(
                java.time.LocalDate.now(settings.timeZone())).startYear());
        return f;
    }

    public void update(long id, @NotNull @Valid MaterialForm form) {
        Material m = editable(id);
        Changes changes = Changes.describe().field(LibraryField.TITLE_KK, m.getTitleKk(), blankToNull(form.getTitleKk()))
                .field(LibraryField.TITLE_RU, m.getTitleRu(), blankToNull(form.getTitleRu()))
                .field(LibraryField.TYPE, m.getType(), form.getType())
                .field(LibraryField.LANGUAGE, m.getLanguage(), form.getLanguage())
                .field(LibraryField.ACADEMIC_YEAR, m.getAcademicYear(), form.getAcademicYear());
        describe(m, form, now());
        if (!changes.isEmpty()) {
            audit.record(LibraryAction.MATERIAL_UPDATED, RECORD, id, changes);
        }
    }

    /**
     * Stores a file for a draft or returned material. The bytes are counted while they are written and refused
     * past the configured limit; the type is read from the bytes. A refused or failed upload leaves no file
     * and no record behind.
     */
    public long addFile(long materialId, String submittedName, @NotNull InputStream content) {
        Material m = editable(materialId);
        return attach(m, submittedName, content, null);
    }

    /** A new version of a file: the old one is kept and marked superseded. */
    public long addVersion(long fileId, String submittedName, @NotNull InputStream content) {
        MaterialFile old = shelf.file(fileId);
        Material m = editable(old.getMaterial().getId());
        if (!old.isCurrent()) {
            throw new InvalidInputException("file", "file.notCurrent");
        }
        return attach(m, submittedName, content, old);
    }

    /** Removes a file of a draft or returned material, with its earlier versions; files go after commit. */
    public void removeFile(long fileId) {
        MaterialFile f = shelf.file(fileId);
        Material m = editable(f.getMaterial().getId());
        EntityManager em = shelf.data();
        for (MaterialFile line = f; line != null; ) {
            MaterialFile previous = line.getPrevious();
            m.getFiles().remove(line);
            files.deleteWhenCommitted(line.getStoredName());
            em.remove(line);
            em.flush();
            line = previous;
        }
        audit.record(LibraryAction.MATERIAL_FILE_REMOVED, RECORD, m.getId(), Changes.describe()
                .value(LibraryField.FILE, f.getOriginalName()));
    }

    public void submit(long id) {
        Material m = editable(id);
        if (m.getTitleKk() == null && m.getTitleRu() == null) {
            throw new InvalidInputException("titleKk", "material.titleRequired");
        }
        if (m.currentFiles().isEmpty()) {
            throw new InvalidInputException("files", "material.noFiles");
        }
        LocalDateTime now = now();
        m.moveTo(MaterialStatus.SUBMITTED, now);
        step(m, StepKind.SUBMITTED, null, now);
        audit.record(LibraryAction.MATERIAL_SUBMITTED, RECORD, id, title(m));
    }

    /** Approves a submitted material, which publishes it in the school. */
    public void approve(long id, String comment) {
        Material m = underReview(id);
        LocalDateTime now = now();
        m.moveTo(MaterialStatus.PUBLISHED, now);
        step(m, StepKind.APPROVED, blankToNull(comment), now);
        step(m, StepKind.PUBLISHED, null, now);
        indexer.put(m);
        audit.record(LibraryAction.MATERIAL_APPROVED, RECORD, id, title(m));
    }

    /** Returns a submitted material to its author with a comment saying what to change. */
    public void returnToAuthor(long id, String comment) {
        Material m = underReview(id);
        String said = blankToNull(comment);
        if (said == null) {
            throw new InvalidInputException("comment", "material.returnNeedsComment");
        }
        if (said.length() > 2000) {
            throw new InvalidInputException("comment", "text.tooLong", 2000);
        }
        LocalDateTime now = now();
        m.moveTo(MaterialStatus.RETURNED, now);
        step(m, StepKind.RETURNED, said, now);
        audit.record(LibraryAction.MATERIAL_RETURNED, RECORD, id, title(m).value(LibraryField.COMMENT, said));
    }

    /**
     * Deletes a material: its author while it is a draft or returned, the school methodologist at any time. A
     * shared material leaves the district too. The files are removed once the deletion committed.
     */
    public void delete(long id) {
        Material m = visible(id);
        if (!(reader.mayEdit(m) || reader.isMethodologist())) {
            throw new NotFoundException(RECORD, id);
        }
        EntityManager em = shelf.data();
        for (MaterialFile f : List.copyOf(m.getFiles())) {
            files.deleteWhenCommitted(f.getStoredName());
        }
        indexer.remove(m);
        deleted.fire(new MaterialDeleted(shelf.schoolId(), id, reader.name()));
        em.createQuery("DELETE FROM CornerItem i WHERE i.material = :m").setParameter("m", m).executeUpdate();
        em.createQuery("DELETE FROM MaterialStep s WHERE s.material = :m").setParameter("m", m).executeUpdate();
        em.createQuery("UPDATE MaterialFile f SET f.previous = NULL WHERE f.material = :m").setParameter("m", m)
                .executeUpdate();
        em.createQuery("DELETE FROM MaterialFile f WHERE f.material = :m").setParameter("m", m).executeUpdate();
        em.remove(m);
        audit.record(LibraryAction.MATERIAL_DELETED, RECORD, id, title(m));
    }

    public MaterialView view(long id) {
        Material m = visible(id);
        List<FileView> current = m.getFiles().stream().filter(MaterialFile::isCurrent).map(Materials::fileView).toList();
        List<FileView> older = m.getFiles().stream().filter(f -> !f.isCurrent()).map(Materials::fileView).toList();
        List<StepView> steps = m.getSteps().stream()
                .map(s -> new StepView(s.getStep(), s.getActorName(), s.getOccurredAt(), s.getComment())).toList();
        boolean published = m.getStatus() == MaterialStatus.PUBLISHED;
        return new MaterialView(m.getId(), shelf.schoolId(), m.getTitleKk(), m.getTitleRu(), m.getDescription(),
                m.getSubjectId(), m.getGradeFrom(), m.getGradeTo(), m.getType(), m.getLanguage(), m.getAssociationId(),
                m.getAcademicYear(), Tags.split(m.getTags()), m.getAuthorName(), m.getAuthorPosition(), m.getStatus(),
                shelf.shareState(m), m.getPublishedAt(), m.getDownloads(), current, older, steps, reader.mayEdit(m),
                m.getStatus() == MaterialStatus.SUBMITTED && reader.mayReview(m),
                published && reader.isMethodologist(), reader.mayEdit(m) || reader.isMethodologist(), reader.isAuthor(m));
    }

    /** The caller's own materials, newest change first. */
    public Page<MaterialSummary> mine(@NotNull PageRequest request) {
        long me = reader.staff().staffId();
        return page("WHERE m.authorStaffId = :me", request, q -> q.setParameter("me", me));
    }

    /** Submitted materials the caller may review: all for the methodologist, the own associations' for heads. */
    public Page<MaterialSummary> toReview(@NotNull PageRequest request) {
        if (reader.isMethodologist()) {
            return page("WHERE m.status = :s", request, q -> q.setParameter("s", MaterialStatus.SUBMITTED));
        }
        long me = reader.staff().staffId();
        List<Long> headed = shelf.associationsHeadedBy(me);
        if (headed.isEmpty()) {
            return new Page<>(List.of(), 0);
        }
        return page("WHERE m.status = :s AND m.associationId IN :a AND m.authorStaffId <> :me", request,
                q -> q.setParameter("s", MaterialStatus.SUBMITTED).setParameter("a", headed).setParameter("me", me));
    }

    /** The largest file one may upload, in bytes (from configuration). */
    public long uploadLimit() {
        return settings.uploadMaxBytes();
    }

    /** A file to download, if the caller may see its material; counts the download unless it is the author's. */
    public Download download(long fileId) {
        MaterialFile f = shelf.file(fileId);
        Material m = visible(f.getMaterial().getId());
        if (!reader.isAuthor(m) && m.getStatus() == MaterialStatus.PUBLISHED) {
            m.countDownload();
        }
        return new Download(store.path(f.getStoredName()), f.getOriginalName(), f.getKind(), f.getSize());
    }

    private long attach(Material m, String submittedName, InputStream content, MaterialFile previous) {
        StoredFile stored;
        try {
            stored = store.save(content, settings.uploadMaxBytes());
        } catch (FileTooLargeException e) {
            throw new InvalidInputException("file", "file.tooLarge", settings.uploadMaxBytes() / (1024 * 1024));
        }
        files.keepOnlyIfCommitted(stored.storedName());
        FileKind kind = FileSniffer.kindOf(store.path(stored.storedName()))
                .orElseThrow(() -> new InvalidInputException("file", "file.typeRefused"));
        if (stored.size() == 0) {
            throw new InvalidInputException("file", "file.empty");
        }
        String name = FileNames.withExtension(FileNames.clean(submittedName == null ? "" : submittedName), kind);
        LocalDateTime now = now();
        if (previous != null) {
            previous.supersede(now);
        }
        MaterialFile f = new MaterialFile(m, name, stored.storedName(), kind, stored.size(), stored.sha256(), previous,
                reader.name(), now);
        EntityManager em = shelf.data();
        em.persist(f);
        m.getFiles().add(f);
        em.flush();
        step(m, StepKind.FILE_ADDED, name + (previous == null ? "" : " (v" + f.getVersionNumber() + ")"), now);
        audit.record(LibraryAction.MATERIAL_FILE_ADDED, RECORD, m.getId(), Changes.describe()
                .value(LibraryField.FILE, name).value(LibraryField.SHA256, stored.sha256()));
        return f.getId();
    }

    private Material visible(long id) {
        Material m = shelf.material(id);
        if (!reader.maySee(m)) {
            throw new NotFoundException(RECORD, id);
        }
        return m;
    }

    private Material editable(long id) {
        Material m = visible(id);
        if (!reader.isAuthor(m)) {
            throw new NotFoundException(RECORD, id);
        }
        if (!m.getStatus().isEditable()) {
            throw new InvalidInputException("status", "material.notEditable");
        }
        return m;
    }

    private Material underReview(long id) {
        Material m = visible(id);
        if (!reader.mayReview(m)) {
            throw new kz.rudny.cabinet.domain.errors.AccessDeniedException("not a reviewer of material " + id);
        }
        if (m.getStatus() != MaterialStatus.SUBMITTED) {
            throw new InvalidInputException("status", "material.notSubmitted");
        }
        return m;
    }

    private void describe(Material m, MaterialForm form, LocalDateTime now) {
        String kk = blankToNull(form.getTitleKk());
        String ru = blankToNull(form.getTitleRu());
        if (kk == null && ru == null) {
            throw new InvalidInputException("titleKk", "material.titleRequired");
        }
        if (form.getGradeFrom() != null && form.getGradeTo() != null && form.getGradeFrom() > form.getGradeTo()) {
            throw new InvalidInputException("gradeTo", "grade.order");
        }
        if (form.getAssociationId() != null) {
            shelf.association(form.getAssociationId());
        }
        if (form.getSubjectId() != null && !shelf.subjectExists(form.getSubjectId())) {
            throw new InvalidInputException("subjectId", "subject.unknown");
        }
        m.describe(kk, ru, blankToNull(form.getDescription()), form.getSubjectId(), form.getGradeFrom(),
                form.getGradeTo(), form.getType(), form.getLanguage(), form.getAssociationId(), form.getAcademicYear(),
                Tags.join(form.getTags()), now);
    }

    private void step(Material m, StepKind kind, String comment, LocalDateTime now) {
        MaterialStep s = new MaterialStep(m, kind, reader.name(), now, comment);
        EntityManager em = shelf.data();
        em.persist(s);
        // The steps of one call share their time (APPROVED and PUBLISHED), so their order is the id's: written
        // now, each gets its identity in the order it happened (EclipseLink inserts new objects of one class
        // in no particular order at commit).
        em.flush();
        m.getSteps().add(s);
    }

    private Page<MaterialSummary> page(String where, PageRequest request,
                                       java.util.function.UnaryOperator<jakarta.persistence.TypedQuery<?>> params) {
        EntityManager em = shelf.data();
        var query = em.createQuery("SELECT m FROM Material m " + where + SORT.orderBy(request), Material.class);
        var count = em.createQuery("SELECT COUNT(m) FROM Material m " + where, Long.class);
        params.apply(query);
        params.apply(count);
        List<MaterialSummary> rows = query.setFirstResult(request.first()).setMaxResults(request.size())
                .getResultStream().map(m -> new MaterialSummary(m.getId(), m.title(null), m.getType(), m.getAuthorName(),
                        m.getStatus(), m.getUpdatedAt(), m.currentFiles().size())).toList();
        return new Page<>(rows, count.getSingleResult());
    }

    static FileView fileView(MaterialFile f) {
        return new FileView(f.getId(), f.getOriginalName(), f.getKind(), f.getSize(), f.getSha256(),
                f.getVersionNumber(), f.getUploadedAt(), f.getUploadedBy(), f.isCurrent());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    private static Changes title(Material m) {
        return Changes.describe().value(LibraryField.TITLE, m.fullTitle());
    }
}
