package kz.rudny.cabinet.library.materials.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import kz.rudny.cabinet.domain.audit.boundary.AuditTrail;
import kz.rudny.cabinet.domain.audit.boundary.Changes;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.files.boundary.Download;
import kz.rudny.cabinet.domain.files.boundary.StoredFiles;
import kz.rudny.cabinet.domain.paging.Page;
import kz.rudny.cabinet.domain.paging.PageRequest;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.library.audit.boundary.LibraryAction;
import kz.rudny.cabinet.library.audit.boundary.LibraryField;
import kz.rudny.cabinet.library.materials.control.MaterialIndexer;
import kz.rudny.cabinet.library.materials.control.MaterialPages;
import kz.rudny.cabinet.library.materials.control.Reader;
import kz.rudny.cabinet.library.materials.control.Shelf;
import kz.rudny.cabinet.library.materials.entity.Material;
import kz.rudny.cabinet.library.materials.entity.MaterialFile;

/**
 * Reading teachers' digital materials: one material with its files, versions and every step of its review
 * (published: everyone in the school; otherwise its author and reviewers), the caller's own list, a file to
 * download; and deleting one. Writing is {@link MaterialAuthoring}, reviewing {@link MaterialReview}.
 */
@ApplicationScoped
@Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
@Transactional
public class Materials {

    public static final String RECORD = "Material";

    @Inject
    Shelf shelf;

    @Inject
    Reader reader;

    @Inject
    StoredFiles files;

    @Inject
    MaterialPages pages;

    @Inject
    AuditTrail audit;

    @Inject
    MaterialIndexer indexer;

    @Inject
    Event<MaterialDeleted> deleted;

    public MaterialView view(long id) {
        Material m = shelf.visible(id);
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
        return pages.page("WHERE m.authorStaffId = :me", request, q -> q.setParameter("me", me));
    }

    /** A file to download, if the caller may see its material; counts the download unless it is the author's. */
    public Download download(long fileId) {
        MaterialFile f = shelf.file(fileId);
        Material m = shelf.visible(f.getMaterial().getId());
        if (!reader.isAuthor(m) && m.getStatus() == MaterialStatus.PUBLISHED) {
            // Counted by the database, not on the entity: parallel downloads of one material must not collide on
            // its version (an optimistic-lock error under load), nor fail an editor's save of it.
            shelf.data().createQuery("UPDATE Material m SET m.downloads = m.downloads + 1 WHERE m.id = :id")
                    .setParameter("id", m.getId()).executeUpdate();
        }
        return files.download(f.getStoredName(), f.getOriginalName(), f.getKind(), f.getSize());
    }

    /**
     * Deletes a material: its author while it is a draft or returned, the school methodologist at any time. A
     * shared material leaves the district too. The files are removed once the deletion committed.
     */
    public void delete(long id) {
        Material m = shelf.visible(id);
        if (!(reader.mayEdit(m) || reader.isMethodologist())) {
            throw new NotFoundException(RECORD, id);
        }
        EntityManager em = shelf.data();
        for (MaterialFile f : List.copyOf(m.getFiles())) {
            files.deleteWhenCommitted(f.getStoredName());
        }
        indexer.remove(m);
        deleted.fire(new MaterialDeleted(shelf.schoolId(), id, reader.name()));
        em.createQuery("DELETE FROM MaterialStep s WHERE s.material = :m").setParameter("m", m).executeUpdate();
        em.createQuery("UPDATE MaterialFile f SET f.previous = NULL WHERE f.material = :m").setParameter("m", m)
                .executeUpdate();
        em.createQuery("DELETE FROM MaterialFile f WHERE f.material = :m").setParameter("m", m).executeUpdate();
        em.remove(m);
        audit.record(LibraryAction.MATERIAL_DELETED, RECORD, id, Changes.describe()
                .value(LibraryField.TITLE, m.fullTitle()));
    }

    static FileView fileView(MaterialFile f) {
        return new FileView(f.getId(), f.getOriginalName(), f.getKind(), f.getSize(), f.getSha256(),
                f.getVersionNumber(), f.getUploadedAt(), f.getUploadedBy(), f.isCurrent());
    }
}
