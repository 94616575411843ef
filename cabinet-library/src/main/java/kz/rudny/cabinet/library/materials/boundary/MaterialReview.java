package kz.rudny.cabinet.library.materials.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import kz.rudny.cabinet.domain.audit.boundary.AuditTrail;
import kz.rudny.cabinet.domain.audit.boundary.Changes;
import kz.rudny.cabinet.domain.errors.AccessDeniedException;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.figures.boundary.SchoolFiguresChanged;
import kz.rudny.cabinet.domain.notifications.boundary.Notifications;
import kz.rudny.cabinet.domain.paging.Page;
import kz.rudny.cabinet.domain.paging.PageRequest;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.domain.tenancy.Tenancy;
import kz.rudny.cabinet.library.audit.boundary.LibraryAction;
import kz.rudny.cabinet.library.audit.boundary.LibraryField;
import kz.rudny.cabinet.library.materials.control.MaterialIndexer;
import kz.rudny.cabinet.library.materials.control.MaterialPages;
import kz.rudny.cabinet.library.materials.control.Reader;
import kz.rudny.cabinet.library.materials.control.ReviewNotices;
import kz.rudny.cabinet.library.materials.control.Shelf;
import kz.rudny.cabinet.library.materials.control.StepLog;
import kz.rudny.cabinet.library.materials.entity.Material;

/**
 * Reviewing submitted materials: the head of the material's association or the school methodologist (never
 * the author) approves one, which publishes it in the school and puts it in the search, or returns it to its
 * author with a comment saying what to change. Anyone in the school may call; who may review this material is
 * decided per material ({@code Reader.mayReview}) after it is found visible, so a material the caller may not
 * see is "not found", never "forbidden".
 */
@ApplicationScoped
@Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
@Transactional
public class MaterialReview {

    @Inject
    Shelf shelf;

    @Inject
    Event<SchoolFiguresChanged> facts;

    @Inject
    Tenancy tenancy;

    @Inject
    Reader reader;

    @Inject
    StepLog steps;

    @Inject
    MaterialPages pages;

    @Inject
    MaterialIndexer indexer;

    @Inject
    AuditTrail audit;

    @Inject
    Notifications notifications;

    /** Submitted materials the caller may review: all for the methodologist, the own associations' for heads. */
    public Page<MaterialSummary> toReview(@NotNull PageRequest request) {
        if (reader.isMethodologist()) {
            return pages.page("WHERE m.status = :s", request, q -> q.setParameter("s", MaterialStatus.SUBMITTED));
        }
        long me = reader.staff().staffId();
        List<Long> headed = shelf.associationsHeadedBy(me);
        if (headed.isEmpty()) {
            return new Page<>(List.of(), 0);
        }
        return pages.page("WHERE m.status = :s AND m.associationId IN :a AND m.authorStaffId <> :me", request,
                q -> q.setParameter("s", MaterialStatus.SUBMITTED).setParameter("a", headed).setParameter("me", me));
    }

    /** Approves a submitted material, which publishes it in the school. */
    public void approve(long id, String comment) {
        Material m = underReview(id);
        LocalDateTime now = now();
        m.moveTo(MaterialStatus.PUBLISHED, now);
        steps.record(m, StepKind.APPROVED, reader.name(), blankToNull(comment), now);
        steps.record(m, StepKind.PUBLISHED, reader.name(), null, now);
        indexer.put(m);
        audit.record(LibraryAction.MATERIAL_APPROVED, Materials.RECORD, id, Changes.describe()
                .value(LibraryField.TITLE, m.fullTitle()));
        notifications.sendToStaff(List.of(m.getAuthorStaffId()), ReviewNotices.approved(m));
        facts.fire(new MaterialPublished(tenancy.currentSchool().orElseThrow(), id));
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
        steps.record(m, StepKind.RETURNED, reader.name(), said, now);
        audit.record(LibraryAction.MATERIAL_RETURNED, Materials.RECORD, id, Changes.describe()
                .value(LibraryField.TITLE, m.fullTitle()).value(LibraryField.COMMENT, said));
        notifications.sendToStaff(List.of(m.getAuthorStaffId()), ReviewNotices.returned(m, said));
    }

    private Material underReview(long id) {
        Material m = shelf.visible(id);
        if (!reader.mayReview(m)) {
            throw new AccessDeniedException("not a reviewer of material " + id);
        }
        if (m.getStatus() != MaterialStatus.SUBMITTED) {
            throw new InvalidInputException("status", "material.notSubmitted");
        }
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
