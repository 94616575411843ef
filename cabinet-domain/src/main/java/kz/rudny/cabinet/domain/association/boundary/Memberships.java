package kz.rudny.cabinet.domain.association.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import kz.rudny.cabinet.domain.tenancy.Tenancy;

/**
 * Which associations of the current school a staff member belongs to (as member or head) or heads, as one query
 * each: for work done on a person's behalf where nobody is signed in (a private calendar feed) and for a person's
 * own pages. The caller of this bean has already decided whose memberships it may read, so it joins that
 * transaction and checks no caller itself.
 */
@ApplicationScoped
@PermitAll
@Transactional(Transactional.TxType.MANDATORY)
public class Memberships {

    @Inject
    Tenancy tenancy;

    public List<Long> associationsOf(long staffId) {
        return tenancy.schoolData().createQuery("SELECT DISTINCT a.id FROM MethodicalAssociation a JOIN a.members m"
                + " WHERE m.id = :staff", Long.class).setParameter("staff", staffId).getResultList();
    }

    /** The associations the staff member heads. */
    public List<Long> headedBy(long staffId) {
        return tenancy.schoolData().createQuery("SELECT a.id FROM MethodicalAssociation a WHERE a.head.id = :staff",
                Long.class).setParameter("staff", staffId).getResultList();
    }
}
