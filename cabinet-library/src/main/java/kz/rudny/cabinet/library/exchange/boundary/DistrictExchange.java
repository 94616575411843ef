package kz.rudny.cabinet.library.exchange.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.rudny.cabinet.domain.audit.boundary.AuditTrail;
import kz.rudny.cabinet.domain.audit.boundary.Changes;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.files.boundary.Download;
import kz.rudny.cabinet.domain.paging.Page;
import kz.rudny.cabinet.domain.paging.PageRequest;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.people.boundary.Profile;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.library.audit.boundary.LibraryAction;
import kz.rudny.cabinet.library.audit.boundary.LibraryField;
import kz.rudny.cabinet.library.exchange.control.ShareCopies;
import kz.rudny.cabinet.library.exchange.control.SharedShelf;
import kz.rudny.cabinet.library.exchange.entity.DistrictShare;
import kz.rudny.cabinet.library.exchange.entity.DistrictShareFile;
import kz.rudny.cabinet.library.exchange.entity.ShareDownload;
import kz.rudny.cabinet.library.materials.boundary.MaterialCopy;
import kz.rudny.cabinet.library.materials.boundary.MaterialStandingChanged;
import kz.rudny.cabinet.library.materials.boundary.PublishedMaterials;
import kz.rudny.cabinet.library.materials.boundary.ShareState;
import kz.rudny.cabinet.library.materials.boundary.Tags;

/**
 * Best practice across schools: a school methodologist shares a published material with the district;
 * district methodologists feature it or withdraw it with a reason; people of every school read, download,
 * rate and comment what is shared, with the school of origin shown. Nothing unshared leaves its school:
 * the district reads only the copy made when sharing.
 */
@ApplicationScoped
@Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST, Role.DISTRICT_METHODOLOGIST,
        Role.DISTRICT_ADMINISTRATOR})
@Transactional
public class DistrictExchange {

    public static final String RECORD = "DistrictShare";

    @Inject
    SharedShelf shared;

    @Inject
    ShareCopies copies;

    @Inject
    PublishedMaterials materials;

    @Inject
    CurrentCaller caller;

    @Inject
    Profile profile;

    @Inject
    AuditTrail audit;

    @Inject
    Event<MaterialStandingChanged> standingChanged;

    @Inject
    Event<SharedMaterialUsed> used;

    /** Shares a published material of the caller's school with the district (again, after a withdrawal). */
    @Allowed(Role.SCHOOL_METHODOLOGIST)
    public long share(long materialId) {
        long school = caller.schoolId().orElseThrow();
        if (shared.shareOf(school, materialId).filter(DistrictShare::isLive).isPresent()) {
            throw new InvalidInputException("status", "share.alreadyShared");
        }
        MaterialCopy m = materials.takeForSharing(materialId);
        DistrictShare s = copies.take(school, profile.schoolName().orElseThrow(), m, caller.getFullName(), now());
        standingChanged.fire(new MaterialStandingChanged(school, materialId));
        audit.record(LibraryAction.MATERIAL_SHARED, "Material", materialId, Changes.describe()
                .value(LibraryField.TITLE, m.fullTitle()));
        return s.getId();
    }

    /** Features a shared material as district best practice. */
    @Allowed(Role.DISTRICT_METHODOLOGIST)
    public void feature(long shareId) {
        DistrictShare s = shared.share(shareId);
        if (s.getState() != ShareState.SHARED) {
            throw new InvalidInputException("state", "share.notFeaturable");
        }
        s.feature(caller.getFullName(), now());
        standingChanged.fire(new MaterialStandingChanged(s.getOriginSchoolId(), s.getMaterialId()));
    }

    /** Takes a material back from the district, saying why; its school keeps it. */
    @Allowed(Role.DISTRICT_METHODOLOGIST)
    public void withdraw(long shareId, String reason) {
        DistrictShare s = shared.share(shareId);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidInputException("reason", "share.reasonRequired");
        }
        if (why.length() > 2000) {
            throw new InvalidInputException("reason", "text.tooLong", 2000);
        }
        if (!s.isLive()) {
            throw new InvalidInputException("state", "share.notLive");
        }
        s.withdraw(caller.getFullName(), why, now());
        standingChanged.fire(new MaterialStandingChanged(s.getOriginSchoolId(), s.getMaterialId()));
    }

    /** The district feed, newest first: shared and featured materials (district methodologists: also withdrawn). */
    public Page<SharedMaterialView> feed(@NotNull PageRequest request, boolean featuredOnly, boolean withWithdrawn) {
        List<ShareState> states = featuredOnly ? List.of(ShareState.FEATURED)
                : withWithdrawn && isCurator() ? List.of(ShareState.SHARED, ShareState.FEATURED, ShareState.WITHDRAWN)
                : List.of(ShareState.SHARED, ShareState.FEATURED);
        var em = shared.data();
        List<DistrictShare> rows = em.createQuery("SELECT s FROM DistrictShare s WHERE s.state IN :st "
                + "ORDER BY s.sharedAt DESC, s.id DESC", DistrictShare.class).setParameter("st", states)
                .setFirstResult(request.first()).setMaxResults(request.size()).getResultList();
        long total = em.createQuery("SELECT COUNT(s) FROM DistrictShare s WHERE s.state IN :st", Long.class)
                .setParameter("st", states).getSingleResult();
        return new Page<>(rows.stream().map(this::view).toList(), total);
    }

    /** A shared material; a withdrawn one only for district methodologists and its own school. */
    public SharedMaterialView view(long shareId) {
        return view(visible(shareId));
    }

    /** The share of one of the caller's school's materials, if it was ever shared. */
    @Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
    public java.util.Optional<SharedMaterialView> shareOfOwn(long materialId) {
        materials.card(materialId, Language.EN);
        return shared.shareOf(caller.schoolId().orElseThrow(), materialId).map(this::view);
    }

    /**
     * The live shares (shared or featured) of these materials of these schools, for search hits of the district
     * view; the ids come from the index, only what is shared right now is answered.
     */
    public List<SharedMaterialView> live(@NotNull Collection<Long> schoolIds, @NotNull Collection<Long> materialIds) {
        if (schoolIds.isEmpty() || materialIds.isEmpty()) {
            return List.of();
        }
        return shared.data().createQuery("SELECT s FROM DistrictShare s WHERE s.originSchoolId IN :schools "
                        + "AND s.materialId IN :ids AND s.state IN :live", DistrictShare.class)
                .setParameter("schools", schoolIds).setParameter("ids", materialIds)
                .setParameter("live", List.of(ShareState.SHARED, ShareState.FEATURED))
                .getResultStream().map(this::view).toList();
    }

    /** The names of the schools that ever shared a material, by id (the district view's SCHOOL facet). */
    public Map<Long, String> schoolNames() {
        Map<Long, String> names = new HashMap<>();
        shared.data().createQuery("SELECT DISTINCT s.originSchoolId, s.schoolName FROM DistrictShare s", Object[].class)
                .getResultList().forEach(r -> names.put(((Number) r[0]).longValue(), (String) r[1]));
        return names;
    }

    /** A shared file to download; counts the download. */
    public Download download(long shareFileId) {
        DistrictShareFile f = shared.file(shareFileId);
        DistrictShare s = visible(f.getShare().getId());
        if (!s.isLive()) {
            throw new NotFoundException(RECORD, s.getId());
        }
        // Counted by the database, not on the entity (parallel downloads must not collide on the share's version).
        shared.data().createQuery("UPDATE DistrictShare s SET s.downloads = s.downloads + 1 WHERE s.id = :id")
                .setParameter("id", s.getId()).executeUpdate();
        Long taker = caller.schoolId().orElse(null);
        shared.data().persist(new ShareDownload(s.getId(), s.getOriginSchoolId(), taker,
                LocalDateTime.now(ZoneOffset.UTC)));
        usedBy(taker, s.getOriginSchoolId(), s.getMaterialId(), used);
        return materials.download(new MaterialCopy.CopiedFile(f.getOriginalName(), f.getStoredName(), f.getKind(),
                f.getSize(), f.getSha256()));
    }

    private DistrictShare visible(long shareId) {
        DistrictShare s = shared.share(shareId);
        if (!s.isLive() && !isCurator() && !isOwnSchool(s)) {
            throw new NotFoundException(RECORD, shareId);
        }
        return s;
    }

    private SharedMaterialView view(DistrictShare s) {
        boolean own = isOwnSchool(s);
        boolean mayKnowWhy = own || isCurator();
        return new SharedMaterialView(s.getId(), s.getOriginSchoolId(), s.getMaterialId(), s.getSchoolName(),
                s.getTitleKk(), s.getTitleRu(), s.getDescription(), s.getSubjectId(), s.getGradeFrom(), s.getGradeTo(),
                s.getType(), s.getLanguage(), s.getAcademicYear(), Tags.split(s.getTags()), s.getAuthorName(),
                s.getAuthorPosition(), s.getState(), s.getSharedAt(), s.getSharedBy(), s.getFeaturedAt(),
                s.getFeaturedBy(), mayKnowWhy ? s.getWithdrawnAt() : null, mayKnowWhy ? s.getWithdrawReason() : null,
                s.getDownloads(), s.getFiles().stream().map(f -> new SharedFileView(f.getId(), f.getOriginalName(),
                        f.getKind(), f.getSize(), f.getSha256())).toList(), own, isCurator());
    }

    private boolean isOwnSchool(DistrictShare s) {
        return caller.schoolId().map(id -> id == s.getOriginSchoolId()).orElse(false);
    }

    private boolean isCurator() {
        return caller.has(Role.DISTRICT_METHODOLOGIST);
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    /** The fact for the material's school and, when another, for the school of the person who used it. */
    static void usedBy(Long userSchool, long materialSchool, long materialId, Event<SharedMaterialUsed> used) {
        used.fire(new SharedMaterialUsed(materialSchool, materialSchool, materialId));
        if (userSchool != null && userSchool != materialSchool) {
            used.fire(new SharedMaterialUsed(userSchool, materialSchool, materialId));
        }
    }
}
