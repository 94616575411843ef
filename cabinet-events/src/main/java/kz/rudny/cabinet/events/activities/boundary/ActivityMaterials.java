package kz.rudny.cabinet.events.activities.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import kz.rudny.cabinet.domain.audit.boundary.Changes;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.events.activities.control.ActivityAccess;
import kz.rudny.cabinet.events.activities.control.ActivityRecords;
import kz.rudny.cabinet.events.activities.control.ActivityTrail;
import kz.rudny.cabinet.events.activities.entity.Activity;
import kz.rudny.cabinet.events.activities.entity.ActivityMaterial;
import kz.rudny.cabinet.events.audit.boundary.EventsAction;
import kz.rudny.cabinet.events.audit.boundary.EventsField;

/**
 * Library materials linked to an event (up to {@link #MAX_LINKS}): linked by its organiser or a presenter of the
 * school's staff, unlinked by the organiser or whoever linked one; listed to whoever sees the event (the same rule
 * and viewer filter as the event's files). The events module does not read the library: the caller (the web layer)
 * names a material it has just read through the library's boundary with the caller's rights, and whoever lists the
 * links asks the library again, with their own rights, whether they may open each. An event open to the town or the
 * district's takes only district copies ({@link LinkedMaterialKind#DISTRICT_SHARE}), so no link names a school's own
 * material to another school. Refusals are by the field {@code material} and store nothing.
 */
@ApplicationScoped
@Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST, Role.DISTRICT_METHODOLOGIST})
@Transactional
public class ActivityMaterials {

    public static final String RECORD = "ActivityMaterial";
    /** An event links at most this many materials. */
    public static final int MAX_LINKS = 20;
    private static final int TITLE_LENGTH = 500;

    @Inject
    ActivityRecords records;

    @Inject
    ActivityAccess access;

    @Inject
    CurrentCaller caller;

    @Inject
    ActivityTrail trail;

    public List<LinkedMaterialView> of(long activityId) {
        Activity a = seen(activityId);
        boolean organises = access.organises(a);
        return records.data().createQuery("SELECT m FROM ActivityMaterial m WHERE m.activity = :a ORDER BY m.id",
                        ActivityMaterial.class).setParameter("a", a).getResultStream()
                .map(m -> new LinkedMaterialView(m.getId(), m.getKind(), m.getMaterialRef(), m.getTitle(),
                        m.getAddedAt(), m.getAddedByName(), organises || m.getAddedByAccountId() == caller.accountId()))
                .toList();
    }

    /** Whether the caller may link materials to this event: its organiser or a presenter of the school's staff. */
    public boolean mayLink(long activityId) {
        return access.contributes(seen(activityId));
    }

    /** Whether this event takes materials of its school's own library (a school's own event), or only district copies. */
    public boolean takesSchoolMaterials(long activityId) {
        return seen(activityId).getSchoolOnlyId() != null;
    }

    /**
     * Links a material the caller has read in the library. Refused by the field {@code material}: not an organiser or
     * presenter, a cancelled event, a school material for an event the town sees, one linked already, too many.
     */
    public long link(long activityId, @NotNull LinkedMaterialKind kind, long materialRef, @NotNull String title) {
        Activity a = records.locked(activityId);
        if (!access.sees(a)) {
            throw new NotFoundException(ActivityRecords.RECORD, activityId);
        }
        if (!access.contributes(a)) {
            throw new InvalidInputException("material", "activity.material.notPresenter");
        }
        if (a.getStatus() == ActivityStatus.CANCELLED) {
            throw new InvalidInputException("material", "activity.material.cancelled");
        }
        if (kind == LinkedMaterialKind.SCHOOL_MATERIAL && a.getSchoolOnlyId() == null) {
            throw new InvalidInputException("material", "activity.material.sharedOnly");
        }
        List<ActivityMaterial> linked = records.data().createQuery(
                "SELECT m FROM ActivityMaterial m WHERE m.activity = :a", ActivityMaterial.class)
                .setParameter("a", a).getResultList();
        if (linked.stream().anyMatch(m -> m.getKind() == kind && m.getMaterialRef() == materialRef)) {
            throw new InvalidInputException("material", "activity.material.already");
        }
        if (linked.size() >= MAX_LINKS) {
            throw new InvalidInputException("material", "activity.material.tooMany", MAX_LINKS);
        }
        String kept = title.strip();
        kept = kept.length() > TITLE_LENGTH ? kept.substring(0, TITLE_LENGTH - 1) + "…" : kept;
        ActivityMaterial m = new ActivityMaterial(a, kind, materialRef, kept, caller.accountId(), caller.getFullName(),
                LocalDateTime.now(ZoneOffset.UTC));
        records.data().persist(m);
        records.data().flush();
        trail.record(EventsAction.ACTIVITY_MATERIAL_LINKED, activityId,
                Changes.describe().value(EventsField.LIBRARY_MATERIAL, kept));
        return m.getId();
    }

    /** Unlinks a material: by the event's organiser or whoever linked it. */
    public void unlink(long activityId, long linkId) {
        Activity a = records.locked(activityId);
        if (!access.sees(a)) {
            throw new NotFoundException(ActivityRecords.RECORD, activityId);
        }
        ActivityMaterial m = records.data().find(ActivityMaterial.class, linkId);
        if (m == null || !m.getActivity().getId().equals(a.getId())) {
            throw new NotFoundException(RECORD, linkId);
        }
        if (!access.organises(a) && m.getAddedByAccountId() != caller.accountId()) {
            throw new InvalidInputException("material", "activity.material.notYours");
        }
        records.data().remove(m);
        trail.record(EventsAction.ACTIVITY_MATERIAL_UNLINKED, activityId,
                Changes.describe().value(EventsField.LIBRARY_MATERIAL, m.getTitle()));
    }

    private Activity seen(long activityId) {
        Activity a = records.find(activityId);
        if (!access.sees(a)) {
            throw new NotFoundException(ActivityRecords.RECORD, activityId);
        }
        return a;
    }
}
