package kz.rudny.cabinet.domain.platform.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.rudny.cabinet.domain.monitoring.Gauges;
import kz.rudny.cabinet.domain.platform.entity.RoutineRun;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * Scheduled work once per cluster, not once per instance: before a run, the instance takes the routine's lease in
 * the database ({@link RoutineRun}) with an update whose condition (the lease has run out) only one instance can
 * meet; the database's row lock makes the others wait and then find the lease taken. A routine seen for the first
 * time gets its row from the first instance to insert it (a second insert fails on the key and loses). The lease
 * lasts a little less than the interval, so the routine runs about once per interval in the whole cluster, and
 * another instance takes over when the holder is gone.
 */
@ApplicationScoped
@PermitAll // scheduled work runs with no one signed in
public class RoutineLeases {

    private static final Logger LOG = Logger.getLogger(RoutineLeases.class.getName());

    /** This server in a cluster: the Payara instance's name where there is one, and the JVM's pid@host. */
    public static final String SERVER = System.getProperty("com.sun.aas.instanceName", "server") + " "
            + ManagementFactory.getRuntimeMXBean().getName();

    @PersistenceContext(unitName = "cabinet")
    EntityManager em;

    @Inject
    Gauges gauges;

    /** Through the container, so that each try is a transaction of its own, committed before it is judged. */
    @Inject
    RoutineLeases self;

    /** Whether this server may run {@code routine} now; if so, the lease is its own for {@code lease}. */
    public boolean take(String routine, Duration lease) {
        try {
            return self.takeNow(routine, lease);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, routine + ": another server took the lease first", e);
            return false;
        }
    }

    /** One try, in its own transaction (public only for the container's interceptor: use {@link #take}). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean takeNow(String routine, Duration lease) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        LocalDateTime until = now.plus(lease);
        int taken = em.createNamedQuery(RoutineRun.TAKE).setParameter("holder", SERVER).setParameter("until", until)
                .setParameter("name", routine).setParameter("now", now).executeUpdate();
        if (taken == 1) {
            em.find(RoutineRun.class, routine).started(SERVER, now);
            return true;
        }
        if (em.find(RoutineRun.class, routine) != null) {
            return false;
        }
        em.persist(new RoutineRun(routine, SERVER, now, until));
        em.flush();
        return true;
    }

    /**
     * Puts the routine's last finished run in the whole cluster on {@code /metrics}
     * ({@code cabinet_routine_<name>_last_finished_seconds}, seconds since 1970 UTC; NaN before its first run): one
     * row read by its key at each scrape.
     */
    public void watch(String routine) {
        gauges.register("routine." + routine + ".last.finished", "When " + routine + " last finished in the cluster "
                + "(seconds since 1970, UTC)", MetricUnits.SECONDS, () -> lastFinished(routine));
    }

    private double lastFinished(String routine) {
        RoutineRun run = em.find(RoutineRun.class, routine);
        return run == null || run.getLastFinishedAt() == null ? Double.NaN
                : run.getLastFinishedAt().toEpochSecond(ZoneOffset.UTC);
    }

    /** Records that this server's run of {@code routine} ended now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finished(String routine) {
        em.createNamedQuery(RoutineRun.FINISHED).setParameter("at", LocalDateTime.now(ZoneOffset.UTC))
                .setParameter("name", routine).setParameter("holder", SERVER).executeUpdate();
    }

    /** The lease for a routine that runs every {@code interval}: a tenth less, so the next run finds it run out. */
    public static Duration leaseFor(Duration interval) {
        return interval.minus(interval.dividedBy(10));
    }
}
