package kz.rudny.cabinet.library.corners.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kz.rudny.cabinet.domain.audit.boundary.AuditTrail;
import kz.rudny.cabinet.domain.errors.ChangedSinceOpenedException;
import kz.rudny.cabinet.domain.audit.boundary.Changes;
import kz.rudny.cabinet.library.audit.boundary.LibraryAction;
import kz.rudny.cabinet.library.audit.boundary.LibraryField;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.people.boundary.Staff;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.domain.tenancy.Tenancy;
import kz.rudny.cabinet.library.corners.entity.Corner;
import kz.rudny.cabinet.library.corners.entity.CornerItem;
import kz.rudny.cabinet.library.materials.boundary.MaterialCard;
import kz.rudny.cabinet.library.materials.boundary.MaterialStandingChanged;
import kz.rudny.cabinet.library.materials.boundary.MaterialStatus;
import kz.rudny.cabinet.library.materials.boundary.PublishedMaterials;

/**
 * The corners, the library's front door: everyone in the school reads them; the school methodologist adds
 * corners, places published materials in them, orders and pins them, and gives everyday items an expiry date
 * (expired items are hidden from readers).
 */
@ApplicationScoped
@Allowed(Role.SCHOOL_METHODOLOGIST)
@Transactional
public class Corners {

    public static final String RECORD = "Corner";

    @PersistenceContext(unitName = "library")
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    PublishedMaterials materials;

    @Inject
    Staff staff;

    @Inject
    Event<MaterialStandingChanged> standingChanged;

    @Inject
    Settings settings;

    @Inject
    AuditTrail audit;

    @Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
    public List<CornerView> all(Language reader, boolean withExpired) {
        List<Corner> corners = data().createQuery("SELECT c FROM Corner c ORDER BY c.position, c.id", Corner.class)
                .getResultList();
        Map<Long, MaterialCard> published = new HashMap<>();
        materials.published(corners.stream().flatMap(c -> c.getItems().stream()).map(CornerItem::getMaterialId)
                .distinct().toList(), reader).forEach(m -> published.put(m.id(), m));
        Set<Long> cambridge = staff.withCambridgeCourses(published.values().stream().map(MaterialCard::authorStaffId)
                .collect(Collectors.toSet()));
        LocalDate today = LocalDate.now(settings.timeZone());
        List<CornerView> views = new ArrayList<>();
        for (Corner c : corners) {
            List<CornerItemView> items = c.getItems().stream()
                    .filter(i -> published.containsKey(i.getMaterialId()))
                    .filter(i -> withExpired || !i.isExpired(today))
                    .map(i -> {
                        MaterialCard m = published.get(i.getMaterialId());
                        return new CornerItemView(i.getId(), m.id(), m.title(), m.type(), m.authorName(), i.isPinned(),
                                i.getExpiresOn(), i.isExpired(today), cambridge.contains(m.authorStaffId()),
                                i.getVersion());
                    }).toList();
            views.add(new CornerView(c.getId(), c.getSeed(), c.getName(), c.getDescription(), c.itemsExpire(), items,
                    c.getVersion()));
        }
        return views;
    }

    /**
     * The materials most recently put in the school's corners (newest first, not expired, published), for the start
     * page: one query over the corners' items (ids grow as items are added) and one for the materials shown.
     */
    @Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
    public List<CornerItemView> newest(Language reader, int limit) {
        LocalDate today = LocalDate.now(settings.timeZone());
        List<CornerItem> items = data().createQuery("SELECT i FROM CornerItem i ORDER BY i.id DESC", CornerItem.class)
                .setMaxResults(limit * 3).getResultList().stream().filter(i -> !i.isExpired(today)).toList();
        Map<Long, MaterialCard> published = new HashMap<>();
        materials.published(items.stream().map(CornerItem::getMaterialId).distinct().toList(), reader)
                .forEach(m -> published.put(m.id(), m));
        return items.stream().filter(i -> published.containsKey(i.getMaterialId()))
                .filter(distinctBy(CornerItem::getMaterialId)).limit(limit).map(i -> {
                    MaterialCard m = published.get(i.getMaterialId());
                    return new CornerItemView(i.getId(), m.id(), m.title(), m.type(), m.authorName(), i.isPinned(),
                            i.getExpiresOn(), false, false, i.getVersion());
                }).toList();
    }

    private static <T> java.util.function.Predicate<T> distinctBy(java.util.function.Function<T, Object> key) {
        Set<Object> seen = new java.util.HashSet<>();
        return t -> seen.add(key.apply(t));
    }

    /** Every corner's label by id: its name, or for a seed corner the message key {@code seed.<SEED>}. */
    @Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
    public Map<Long, String> labels() {
        Map<Long, String> labels = new HashMap<>();
        data().createQuery("SELECT c FROM Corner c", Corner.class).getResultList()
                .forEach(c -> labels.put(c.getId(), c.getName() != null ? c.getName() : "seed." + c.getSeed().name()));
        return labels;
    }

    /** The corners a published material sits in, by id. */
    @Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
    public List<Long> cornersOf(long materialId) {
        return data().createQuery("SELECT i.corner.id FROM CornerItem i WHERE i.materialId = :m", Long.class)
                .setParameter("m", materialId).getResultList();
    }

    public long create(String name, String description) {
        String n = required(name, "name", 200);
        Corner c = Corner.own(n, optional(description, "description", 1000), nextPosition());
        data().persist(c);
        data().flush();
        audit.record(LibraryAction.CORNER_CREATED, RECORD, c.getId(), Changes.describe().value(LibraryField.NAME, n));
        return c.getId();
    }

    /** Renames one of the school's own corners, as read at {@code openedVersion} (refused if it changed since). */
    public void rename(long cornerId, long openedVersion, String name, String description) {
        Corner c = corner(cornerId);
        if (c.getSeed() != null) {
            throw new InvalidInputException("name", "corner.seedFixed");
        }
        ChangedSinceOpenedException.check(RECORD, cornerId, openedVersion, c.getVersion());
        Changes changes = Changes.describe();
        String nameBefore = c.getName();
        String descriptionBefore = c.getDescription();
        c.rename(required(name, "name", 200), optional(description, "description", 1000));
        audit.record(LibraryAction.CORNER_RENAMED, RECORD, cornerId, changes.field(LibraryField.NAME, nameBefore,
                c.getName()).field(LibraryField.DESCRIPTION, descriptionBefore, c.getDescription()));
    }

    /** Deletes one of the school's own corners (the seed corners stay); its materials stay in the library. */
    public void delete(long cornerId) {
        Corner c = corner(cornerId);
        if (c.getSeed() != null) {
            throw new InvalidInputException("name", "corner.seedFixed");
        }
        List<Long> placed = c.getItems().stream().map(CornerItem::getMaterialId).distinct().toList();
        data().createQuery("DELETE FROM CornerItem i WHERE i.corner = :c").setParameter("c", c).executeUpdate();
        data().remove(c);
        data().flush();
        placed.forEach(this::standingChanged);
        audit.record(LibraryAction.CORNER_DELETED, RECORD, cornerId, Changes.describe().value(LibraryField.NAME, c.getName()));
    }

    /** Moves a corner one place up (towards the top of the library's front page) or down. */
    public void moveCorner(long cornerId, boolean up) {
        List<Corner> corners = data().createQuery("SELECT c FROM Corner c ORDER BY c.position, c.id", Corner.class)
                .getResultList();
        Corner c = corner(cornerId);
        int at = corners.indexOf(c);
        int to = up ? at - 1 : at + 1;
        if (to < 0 || to >= corners.size()) {
            return;
        }
        corners.remove(at);
        corners.add(to, c);
        for (int i = 0; i < corners.size(); i++) {
            corners.get(i).setPosition(i);
        }
    }

    /** Places a published material in a corner; an everyday corner's items need an expiry date. */
    public long addItem(long cornerId, long materialId, LocalDate expiresOn) {
        Corner c = corner(cornerId);
        MaterialCard m = materials.card(materialId, Language.EN);
        if (m.status() != MaterialStatus.PUBLISHED) {
            throw new InvalidInputException("materialId", "corner.onlyPublished");
        }
        if (c.itemsExpire() && expiresOn == null) {
            throw new InvalidInputException("expiresOn", "corner.expiryRequired");
        }
        if (c.getItems().stream().anyMatch(i -> i.getMaterialId() == materialId)) {
            throw new InvalidInputException("materialId", "corner.alreadyThere");
        }
        int position = c.getItems().stream().mapToInt(CornerItem::getPosition).max().orElse(-1) + 1;
        CornerItem item = new CornerItem(c, materialId, position, expiresOn);
        data().persist(item);
        c.getItems().add(item);
        data().flush();
        standingChanged(materialId);
        audit.record(LibraryAction.CORNER_ITEM_ADDED, RECORD, cornerId, Changes.describe()
                .value(LibraryField.MATERIAL, m.fullTitle()));
        return item.getId();
    }

    public void removeItem(long itemId) {
        CornerItem item = item(itemId);
        String title = materials.card(item.getMaterialId(), Language.EN).fullTitle();
        item.getCorner().getItems().remove(item);
        data().remove(item);
        data().flush();
        standingChanged(item.getMaterialId());
        audit.record(LibraryAction.CORNER_ITEM_REMOVED, RECORD, item.getCorner().getId(), Changes.describe()
                .value(LibraryField.MATERIAL, title));
    }

    public void pin(long itemId, boolean pinned) {
        item(itemId).setPinned(pinned);
    }

    /** Changes the date an item is shown until, as read at {@code openedVersion} (refused if it changed since). */
    public void setExpiry(long itemId, long openedVersion, LocalDate expiresOn) {
        CornerItem item = item(itemId);
        ChangedSinceOpenedException.check("CornerItem", itemId, openedVersion, item.getVersion());
        if (item.getCorner().itemsExpire() && expiresOn == null) {
            throw new InvalidInputException("expiresOn", "corner.expiryRequired");
        }
        item.setExpiresOn(expiresOn);
    }

    /** Moves an item one place up or down among the corner's items of the same pinning. */
    public void moveItem(long itemId, boolean up) {
        CornerItem item = item(itemId);
        List<CornerItem> same = new ArrayList<>(item.getCorner().getItems().stream()
                .filter(i -> i.isPinned() == item.isPinned()).toList());
        int at = same.indexOf(item);
        int to = up ? at - 1 : at + 1;
        if (to < 0 || to >= same.size()) {
            return;
        }
        same.remove(at);
        same.add(to, item);
        for (int i = 0; i < same.size(); i++) {
            same.get(i).setPosition(i);
        }
    }

    /** The material's search document carries its corners: the materials feature re-indexes it after commit. */
    private void standingChanged(long materialId) {
        standingChanged.fire(new MaterialStandingChanged(tenancy.currentSchool().orElseThrow(), materialId));
    }

    private EntityManager data() {
        return tenancy.schoolData(em);
    }

    private Corner corner(long id) {
        Corner c = data().find(Corner.class, id);
        if (c == null) {
            throw new NotFoundException(RECORD, id);
        }
        return c;
    }

    private CornerItem item(long id) {
        CornerItem i = data().find(CornerItem.class, id);
        if (i == null) {
            throw new NotFoundException("CornerItem", id);
        }
        return i;
    }

    private int nextPosition() {
        Integer max = data().createQuery("SELECT MAX(c.position) FROM Corner c", Integer.class).getSingleResult();
        return max == null ? 0 : max + 1;
    }

    private static String required(String value, String field, int max) {
        String v = optional(value, field, max);
        if (v == null) {
            throw new InvalidInputException(field, "field.required");
        }
        return v;
    }

    private static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new InvalidInputException(field, "text.tooLong", max);
        }
        return v;
    }
}
