package kz.rudny.cabinet.library.materials.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import kz.rudny.cabinet.domain.audit.boundary.AuditTrail;
import kz.rudny.cabinet.domain.audit.boundary.Changes;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.errors.ChangedSinceOpenedException;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.people.boundary.StaffCard;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.files.boundary.IncomingFile;
import kz.rudny.cabinet.domain.files.boundary.StoredFile;
import kz.rudny.cabinet.domain.files.boundary.StoredFiles;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.library.materials.control.Reader;
import kz.rudny.cabinet.library.materials.control.Shelf;
import kz.rudny.cabinet.library.materials.control.StepLog;
import kz.rudny.cabinet.library.materials.entity.Material;
import kz.rudny.cabinet.library.materials.entity.MaterialFile;
import kz.rudny.cabinet.library.audit.boundary.LibraryAction;
import kz.rudny.cabinet.library.audit.boundary.LibraryField;

/**
 * Writing a material: its author describes a draft, adds files (a new version keeps the old one) and submits
 * it for review; a returned material is edited and submitted again. Only the author, only while the material
 * is a draft or returned.
 */
@ApplicationScoped
@Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
@Transactional
public class MaterialAuthoring {

    @Inject
    Shelf shelf;

    @Inject
    Reader reader;

    @Inject
    StepLog steps;

    @Inject
    StoredFiles files;

    @Inject
    Settings settings;

    @Inject
    AuditTrail audit;

    /** A new draft by the caller. */
    public long create(@NotNull @Valid MaterialForm form) {
        StaffCard me = reader.staff();
        LocalDateTime now = now();
        Material m = new Material(me.staffId(), me.fullName(), me.jobTitle(), now);
        describe(m, form, now);
        EntityManager em = shelf.data();
        em.persist(m);
        em.flush();
        steps.record(m, StepKind.CREATED, reader.name(), null, now);
        audit.record(LibraryAction.MATERIAL_CREATED, Materials.RECORD, m.getId(),
                Changes.describe().value(LibraryField.TITLE, m.fullTitle()));
        return m.getId();
    }

    /**
     * A new draft of the caller with the files in the order given, in one transaction: if any file is refused,
     * nothing is stored. At least one file. Returns its id.
     */
    public long createWithFiles(@NotNull @Valid MaterialForm form, @NotNull List<@NotNull IncomingFile> incoming) {
        if (incoming.isEmpty()) {
            throw new InvalidInputException("file", "material.noFiles");
        }
        long id = create(form);
        Material m = shelf.material(id);
        for (IncomingFile file : incoming) {
            attach(m, file.name(), file.content(), null);
        }
        return id;
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
        f.openedAt(m.getVersion());
        return f;
    }

    /** An empty form for a new material: this academic year, the caller's language. */
    public MaterialForm blankForm() {
        MaterialForm f = new MaterialForm();
        f.setAcademicYear(AcademicYear.of(LocalDate.now(settings.timeZone())).startYear());
        return f;
    }

    /** Saves a draft's or returned material's description; refused when it changed since the form was opened. */
    public void update(long id, @NotNull @Valid MaterialForm form) {
        Material m = editable(id);
        ChangedSinceOpenedException.check(Materials.RECORD, id, form.getOpenedVersion(), m.getVersion());
        Changes changes = Changes.describe().field(LibraryField.TITLE_KK, m.getTitleKk(), blankToNull(form.getTitleKk()))
                .field(LibraryField.TITLE_RU, m.getTitleRu(), blankToNull(form.getTitleRu()))
                .field(LibraryField.TYPE, m.getType(), form.getType())
                .field(LibraryField.LANGUAGE, m.getLanguage(), form.getLanguage())
                .field(LibraryField.ACADEMIC_YEAR, m.getAcademicYear(), form.getAcademicYear());
        describe(m, form, now());
        if (!changes.isEmpty()) {
            audit.record(LibraryAction.MATERIAL_UPDATED, Materials.RECORD, id, changes);
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
        audit.record(LibraryAction.MATERIAL_FILE_REMOVED, Materials.RECORD, m.getId(), Changes.describe()
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
        steps.record(m, StepKind.SUBMITTED, reader.name(), null, now);
        audit.record(LibraryAction.MATERIAL_SUBMITTED, Materials.RECORD, id, Changes.describe()
                .value(LibraryField.TITLE, m.fullTitle()));
    }

    /** The largest file one may upload, in bytes (from configuration). */
    public long uploadLimit() {
        return files.uploadLimit();
    }

    private long attach(Material m, String submittedName, InputStream content, MaterialFile previous) {
        StoredFile stored = files.accept(new IncomingFile(submittedName, content));
        String name = stored.name();
        LocalDateTime now = now();
        if (previous != null) {
            previous.supersede(now);
        }
        MaterialFile f = new MaterialFile(m, name, stored.storedName(), stored.kind(), stored.size(), stored.sha256(), previous,
                reader.name(), now);
        EntityManager em = shelf.data();
        em.persist(f);
        m.getFiles().add(f);
        em.flush();
        steps.record(m, StepKind.FILE_ADDED, reader.name(),
                name + (previous == null ? "" : " (v" + f.getVersionNumber() + ")"), now);
        audit.record(LibraryAction.MATERIAL_FILE_ADDED, Materials.RECORD, m.getId(), Changes.describe()
                .value(LibraryField.FILE, name).value(LibraryField.SHA256, stored.sha256()));
        return f.getId();
    }

    private Material editable(long id) {
        Material m = shelf.visible(id);
        if (!reader.isAuthor(m)) {
            throw new NotFoundException(Materials.RECORD, id);
        }
        if (!m.getStatus().isEditable()) {
            throw new InvalidInputException("status", "material.notEditable");
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
