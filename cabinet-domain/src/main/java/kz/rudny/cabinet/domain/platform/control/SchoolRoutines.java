package kz.rudny.cabinet.domain.platform.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.rudny.cabinet.domain.platform.boundary.PlatformStarted;
import kz.rudny.cabinet.domain.platform.boundary.RoutineLeases;
import kz.rudny.cabinet.domain.platform.boundary.SchoolRoutine;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.school.boundary.SchoolCreated;
import kz.rudny.cabinet.domain.tenancy.Tenancy;

/**
 * The one runner of every {@link SchoolRoutine}: knows the schools (those at start and each one created since),
 * schedules each routine at start (a minute apart) and then at its own interval, and runs it school by school
 * through {@link Tenancy#asSchool}. In a cluster each run happens on one server only: the one that takes the
 * routine's lease in the database ({@link RoutineLeases}); the others skip that turn.
 */
@ApplicationScoped
public class SchoolRoutines {

    private static final Logger LOG = Logger.getLogger(SchoolRoutines.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @Any
    Instance<SchoolRoutine> routines;

    @Inject
    Tenancy tenancy;

    @Inject
    Settings settings;

    @Inject
    RoutineLeases leases;

    private final Set<Long> schools = ConcurrentHashMap.newKeySet();
    private final List<ScheduledFuture<?>> tasks = new CopyOnWriteArrayList<>();

    void started(@Observes PlatformStarted started) {
        schools.addAll(started.schoolIds());
        long delay = 1;
        for (SchoolRoutine routine : routines) {
            leases.watch(nameOf(routine));
            tasks.add(scheduler.scheduleWithFixedDelay(() -> runEverySchool(routine), delay++, routine.everyMinutes(),
                    TimeUnit.MINUTES));
        }
    }

    void schoolCreated(@Observes SchoolCreated created) {
        schools.add(created.schoolId());
    }

    @PreDestroy
    void stop() {
        tasks.forEach(t -> t.cancel(false));
    }

    void runEverySchool(SchoolRoutine routine) {
        String name = nameOf(routine);
        if (!leases.take(name, RoutineLeases.leaseFor(Duration.ofMinutes(routine.everyMinutes())))) {
            return; // another server of the cluster runs it this time
        }
        runForEverySchool(routine);
        leases.finished(name);
    }

    /** The routine's class name, without the container's proxy suffix. */
    static String nameOf(SchoolRoutine routine) {
        String name = routine.getClass().getSimpleName();
        int proxy = name.indexOf('$');
        return proxy > 0 ? name.substring(0, proxy) : name;
    }

    private void runForEverySchool(SchoolRoutine routine) {
        LocalDate today = LocalDate.now(settings.timeZone());
        for (long school : schools) {
            try {
                tenancy.asSchool(school, () -> {
                    routine.runForCurrentSchool(today);
                    return null;
                });
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, routine.getClass().getSimpleName() + " of school " + school
                        + " failed; tried again later", e);
            }
        }
    }
}
