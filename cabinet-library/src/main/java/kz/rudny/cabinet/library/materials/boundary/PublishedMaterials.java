package kz.rudny.cabinet.library.materials.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.domain.files.boundary.Download;
import kz.rudny.cabinet.domain.files.boundary.StoredFiles;
import kz.rudny.cabinet.library.materials.control.Reader;
import kz.rudny.cabinet.library.materials.control.Shelf;
import kz.rudny.cabinet.library.materials.control.StepLog;
import kz.rudny.cabinet.library.materials.entity.Material;

/**
 * The materials as the library's other features use them: search hits and corners read published materials
 * back, feedback and certificates check one, the district exchange copies one when it is shared and streams
 * the copied files. Always the caller's school, through the tenant filter.
 */
@ApplicationScoped
@Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
@Transactional
public class PublishedMaterials {

    @Inject
    Shelf shelf;

    @Inject
    Reader reader;

    @Inject
    StoredFiles files;

    @Inject
    StepLog steps;

    /** A material the caller may see; another school's id, or one the caller may not see, is "not found". */
    public MaterialCard card(long id, @NotNull Language language) {
        return card(shelf.visible(id), language);
    }

    /** The published materials of the caller's school among these ids, in their order; the others are left out. */
    public List<MaterialCard> published(@NotNull Collection<Long> ids, @NotNull Language language) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Material> found = new HashMap<>();
        shelf.data().createQuery("SELECT m FROM Material m WHERE m.id IN :ids AND m.status = :s", Material.class)
                .setParameter("ids", ids).setParameter("s", MaterialStatus.PUBLISHED).getResultList()
                .forEach(m -> found.put(m.getId(), m));
        return ids.stream().distinct().map(found::get).filter(Objects::nonNull).map(m -> card(m, language)).toList();
    }

    /**
     * The copy the district exchange keeps of a published material being shared, and the step "shared" on the
     * material's record. The exchange announces the new standing ({@link MaterialStandingChanged}).
     */
    @Allowed(Role.SCHOOL_METHODOLOGIST)
    public MaterialCopy takeForSharing(long id) {
        Material m = shelf.material(id);
        if (m.getStatus() != MaterialStatus.PUBLISHED) {
            throw new InvalidInputException("status", "share.notPublished");
        }
        steps.record(m, StepKind.SHARED, reader.name(), null, LocalDateTime.now(ZoneOffset.UTC));
        return shelf.copy(m);
    }

    /**
     * A copied file to stream, for the exchange, which has checked that the reader may have it (it answers for
     * the stored name, taken from its own record).
     */
    @Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST,
            Role.DISTRICT_METHODOLOGIST, Role.DISTRICT_ADMINISTRATOR})
    public Download download(@NotNull MaterialCopy.CopiedFile file) {
        return files.download(file.storedName(), file.originalName(), file.kind(), file.size());
    }

    private MaterialCard card(Material m, Language language) {
        return new MaterialCard(m.getId(), m.getStatus(), m.title(language), m.fullTitle(), m.getType(),
                m.getAuthorStaffId(), m.getAuthorName(), m.getAuthorPosition(), m.getApprovedAt(), reader.isAuthor(m));
    }
}
