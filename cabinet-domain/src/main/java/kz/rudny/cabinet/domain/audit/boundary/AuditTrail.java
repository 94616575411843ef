package kz.rudny.cabinet.domain.audit.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
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

    private static final SortKeys SORT = new SortKeys(Map.of(
            "occurredAt", "e.occurredAt", "actorName", "e.actorName", "action", "e.action"), "e.occurredAt DESC, e.id DESC");

    @Inject
    Tenancy tenancy;

    @Inject
    CurrentCaller caller;

    /**
     * Records a change in the caller's transaction (mandatory: the entry and the change commit or roll back
     * together).
     */
    @PermitAll // joins the transaction of a boundary that checked its caller (or of start-up work)
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String recordType, Long recordId, String details) {
        String actor = caller.isSignedIn() ? caller.getFullName() + " (" + caller.getUsername() + ")" : "system";
        Long actorId = caller.isSignedIn() ? caller.accountId() : null;
        tenancy.schoolData().persist(new AuditEntry(LocalDateTime.now(ZoneOffset.UTC), actorId, actor, action,
                recordType, recordId, details));
    }

    @Allowed(Role.SCHOOL_METHODOLOGIST)
    @Transactional
    public Page<AuditEntryView> page(PageRequest request) {
        EntityManager em = tenancy.schoolData();
        String where = request.filter() == null ? ""
                : " WHERE LOWER(e.actorName) LIKE :f ESCAPE '\\' OR LOWER(e.details) LIKE :f ESCAPE '\\'"
                + " OR LOWER(e.action) LIKE :f ESCAPE '\\'";
        TypedQuery<AuditEntry> query = em.createQuery("SELECT e FROM AuditEntry e" + where + SORT.orderBy(request),
                AuditEntry.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM AuditEntry e" + where, Long.class);
        if (request.filter() != null) {
            query.setParameter("f", Filters.containsPattern(request.filter()));
            count.setParameter("f", Filters.containsPattern(request.filter()));
        }
        return new Page<>(query.setFirstResult(request.first()).setMaxResults(request.size()).getResultStream()
                .map(e -> new AuditEntryView(e.getId(), e.getOccurredAt(), e.getActorName(), e.getAction(),
                        e.getRecordType(), e.getRecordId(), e.getDetails()))
                .toList(), count.getSingleResult());
    }
}
