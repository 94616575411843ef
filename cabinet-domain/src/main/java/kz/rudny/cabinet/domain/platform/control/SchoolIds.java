package kz.rudny.cabinet.domain.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Every school's id, for the start-up event. Its own bean, not a field of {@code Platform}: the readiness check asks
 * {@code Platform} whether it has started, and when the server asks that before the application has finished
 * starting, {@code Platform} is made on the health check's thread, where a persistence context is not injected (it
 * stayed null, and the start then failed: seen on a cluster instance and after restarts). A bean reached only
 * through its proxy is made when first used, by the start itself.
 */
@ApplicationScoped
public class SchoolIds {

    @PersistenceContext(unitName = "cabinet")
    EntityManager em;

    public List<Long> all() {
        return em.createQuery("SELECT s.id FROM School s", Long.class).getResultList();
    }
}
