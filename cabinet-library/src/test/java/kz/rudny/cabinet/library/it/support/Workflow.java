package kz.rudny.cabinet.library.it.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import kz.rudny.cabinet.library.index.boundary.EmptyIndexFound;
import kz.rudny.cabinet.library.index.control.IndexChangeLog;
import java.util.List;
import kz.rudny.cabinet.domain.it.support.Callers;
import kz.rudny.cabinet.domain.it.support.TestDatabase;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.library.materials.boundary.MaterialAuthoring;
import kz.rudny.cabinet.library.materials.boundary.MaterialForm;
import kz.rudny.cabinet.library.materials.boundary.MaterialReview;
import kz.rudny.cabinet.library.materials.boundary.MaterialType;
import kz.rudny.cabinet.library.materials.control.TextExtraction;

/** Short ways through the materials' workflow for the steps a test is not about, as the real people. */
@ApplicationScoped
public class Workflow {

    @Inject
    Callers callers;

    @Inject
    MaterialAuthoring authoring;

    @Inject
    MaterialReview review;

    @Inject
    TestDatabase db;

    @Inject
    TextExtraction extraction;

    @Inject
    IndexChangeLog changeLog;

    @Inject
    Event<EmptyIndexFound> emptyIndex;

    /** The newest entry of the cluster's index change log (0 when there is none). */
    public long changeLogPosition() {
        return changeLog.last();
    }

    /** The school's documents put back into this server's index, as after it was found empty at start. */
    public void rebuildIndexOf(long schoolId) {
        emptyIndex.fire(new EmptyIndexFound(List.of(schoolId)));
    }

    public static MaterialForm form(String titleKk, String titleRu, Language language, Long associationId) {
        MaterialForm form = new MaterialForm();
        form.setTitleKk(titleKk);
        form.setTitleRu(titleRu);
        form.setDescription("Тест / тест");
        form.setType(MaterialType.LESSON_PLAN);
        form.setLanguage(language);
        form.setAssociationId(associationId);
        form.setAcademicYear(2025);
        form.setGradeFrom(5);
        form.setGradeTo(6);
        return form;
    }

    /** A draft by the author with one file; the author stays signed in. */
    public long draft(String author, MaterialForm form, String fileName, byte[] content) {
        callers.signIn(author);
        long id = authoring.create(form);
        authoring.addFile(id, fileName, Uploads.stream(content));
        return id;
    }

    /** A draft with one file, submitted; the author stays signed in. */
    public long submitted(String author, MaterialForm form, String fileName, byte[] content) {
        long id = draft(author, form, fileName, content);
        authoring.submit(id);
        return id;
    }

    /** Written and submitted by the author, approved by the reviewer (who stays signed in). */
    public long published(String author, String reviewer, MaterialForm form, String fileName, byte[] content) {
        long id = submitted(author, form, fileName, content);
        callers.signIn(reviewer);
        review.approve(id, null);
        return id;
    }

    /**
     * Waits until the text of every published material has been read into the search index (it is read in the
     * background after the approval commits), at most a minute; false if it was still busy then.
     */
    public boolean textRead() {
        long until = System.nanoTime() + java.time.Duration.ofMinutes(1).toNanos();
        while (extraction.pending() > 0) {
            if (System.nanoTime() > until) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** The one association the person heads in their school. */
    public long associationHeadedBy(String username) {
        return db.number("SELECT ID FROM METHODICAL_ASSOCIATION WHERE HEAD_ID = ?", db.staffIdOf(username));
    }

    public String fullName(String username) {
        return (String) db.column("SELECT FULL_NAME FROM ACCOUNT WHERE USERNAME = ?", username).get(0);
    }

    public String schoolName(String username) {
        return (String) db.column("SELECT s.NAME FROM SCHOOL s JOIN ACCOUNT a ON a.SCHOOL_ID = s.ID WHERE a.USERNAME = ?",
                username).get(0);
    }

    /** The ids of the material's file rows (every version), oldest first; read past the tenant filter. */
    public List<Long> fileIds(long materialId) {
        return db.column("SELECT ID FROM MATERIAL_FILE WHERE MATERIAL_ID = ? ORDER BY ID", materialId).stream()
                .map(id -> ((Number) id).longValue()).toList();
    }

    public String storedName(long fileId) {
        return (String) db.column("SELECT STORED_NAME FROM MATERIAL_FILE WHERE ID = ?", fileId).get(0);
    }

    public String status(long materialId) {
        return (String) db.column("SELECT STATUS FROM MATERIAL WHERE ID = ?", materialId).get(0);
    }

    public long steps(long materialId) {
        return db.number("SELECT COUNT(*) FROM MATERIAL_STEP WHERE MATERIAL_ID = ?", materialId);
    }
}
