package kz.rudny.cabinet.domain.audit.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.rudny.cabinet.domain.audit.entity.AuditChange;
import kz.rudny.cabinet.domain.audit.entity.AuditEntry;
import kz.rudny.cabinet.domain.paging.Filters;
import kz.rudny.cabinet.domain.paging.Page;
import kz.rudny.cabinet.domain.paging.PageRequest;
import kz.rudny.cabinet.domain.paging.SortKeys;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.domain.tenancy.Tenancy;

/** Writes and reads a school's audit trail. */
@ApplicationScoped
public class AuditTrail {

    /** The actor of entries written with nobody signed in (start-up, demo data); never shown as such. */
    static final String SYSTEM = "system";

    private static final SortKeys SORT = new SortKeys(Map.of(
            "occurredAt", "e.occurredAt", "actorName", "e.actorName", "action", "e.action"), "e.occurredAt DESC, e.id DESC");

    @Inject
    Tenancy tenancy;

    @Inject
    CurrentCaller caller;

    /**
     * Records what happened to a record, field by field, in the caller's transaction (mandatory: the entry and
     * the change commit or roll back together).
     */
    @PermitAll // joins the transaction of a boundary that checked its caller (or of start-up work)
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditAction action, String recordType, Long recordId, Changes changes) {
        String actor = caller.isSignedIn() ? caller.getFullName() + " (" + caller.getUsername() + ")" : SYSTEM;
        Long actorId = caller.isSignedIn() ? caller.accountId() : null;
        EntityManager em = tenancy.schoolData();
        AuditEntry entry = new AuditEntry(LocalDateTime.now(ZoneOffset.UTC), actorId, actor, action.name(),
                recordType, recordId, null);
        em.persist(entry);
        List<AuditChangeView> fields = changes.list();
        for (int i = 0; i < fields.size(); i++) {
            em.persist(new AuditChange(entry, i, fields.get(i)));
        }
    }

    /** A page of the trail, newest first; the filter matches the actor, the action's key and the stored values. */
    @Allowed(Role.SCHOOL_METHODOLOGIST)
    @Transactional
    public Page<AuditEntryView> page(PageRequest request) {
        EntityManager em = tenancy.schoolData();
        String where = request.filter() == null ? ""
                : " WHERE LOWER(e.actorName) LIKE :f ESCAPE '\\' OR LOWER(e.details) LIKE :f ESCAPE '\\'"
                + " OR LOWER(e.action) LIKE :f ESCAPE '\\' OR EXISTS (SELECT c FROM AuditChange c WHERE c.auditEntry = e"
                + " AND (LOWER(c.before) LIKE :f ESCAPE '\\' OR LOWER(c.after) LIKE :f ESCAPE '\\'))";
        TypedQuery<AuditEntry> query = em.createQuery("SELECT e FROM AuditEntry e" + where + SORT.orderBy(request),
                AuditEntry.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM AuditEntry e" + where, Long.class);
        if (request.filter() != null) {
            query.setParameter("f", Filters.containsPattern(request.filter()));
            count.setParameter("f", Filters.containsPattern(request.filter()));
        }
        List<AuditEntry> entries = query.setFirstResult(request.first()).setMaxResults(request.size()).getResultList();
        Map<Long, List<AuditChangeView>> changes = changesOf(em, entries);
        return new Page<>(entries.stream().map(e -> new AuditEntryView(e.getId(), e.getOccurredAt(),
                        e.getActorAccountId() == null && SYSTEM.equals(e.getActorName()) ? null : e.getActorName(),
                        e.getAction(), e.getRecordType(), e.getRecordId(), e.getDetails(),
                        changes.getOrDefault(e.getId(), List.of())))
                .toList(), count.getSingleResult());
    }

    /** The changed fields of a page's entries, in one query. */
    private static Map<Long, List<AuditChangeView>> changesOf(EntityManager em, List<AuditEntry> entries) {
        Map<Long, List<AuditChangeView>> changes = new HashMap<>();
        if (!entries.isEmpty()) {
            em.createQuery("SELECT c FROM AuditChange c WHERE c.auditEntry.id IN :ids ORDER BY c.fieldOrder",
                            AuditChange.class).setParameter("ids", entries.stream().map(AuditEntry::getId).toList())
                    .getResultStream()
                    .forEach(c -> changes.computeIfAbsent(c.getAuditEntry().getId(), k -> new ArrayList<>()).add(c.view()));
        }
        return changes;
    }
}
