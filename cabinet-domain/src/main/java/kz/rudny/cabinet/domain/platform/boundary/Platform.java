package kz.rudny.cabinet.domain.platform.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import kz.rudny.cabinet.domain.platform.control.Database;
import kz.rudny.cabinet.domain.platform.control.DatabaseMigration;
import kz.rudny.cabinet.domain.platform.control.DemoData;
import kz.rudny.cabinet.domain.platform.control.FirstAdministrator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Starts the platform once per deployment and tells whether it is usable. */
@ApplicationScoped
@PermitAll // start-up and the readiness probe run before anyone signs in
public class Platform {

    private static final Logger LOG = Logger.getLogger(Platform.class.getName());

    @Inject
    Database database;

    @Inject
    DatabaseMigration migration;

    @Inject
    DemoData demo;

    @Inject
    FirstAdministrator administrator;

    @Inject
    @ConfigProperty(name = ConfigKeys.DEMO_DATA, defaultValue = "false")
    boolean demoData;

    @Inject
    @ConfigProperty(name = ConfigKeys.ADMIN_PASSWORD)
    Optional<String> adminPassword;

    @PersistenceContext(unitName = "cabinet")
    EntityManager em;

    @Inject
    Event<PlatformStarted> startedEvent;

    @Inject
    Settings settings;

    private volatile boolean started;

    /** Migrates the schema, then loads the demo data into an empty database or makes sure an administrator exists. */
    @ActivateRequestContext
    public synchronized void start() {
        if (started) {
            return;
        }
        settings.defaultLanguage(); // a mistyped language setting stops the start, saying which setting
        migration.migrate(database.dataSource());
        if (demoData) {
            if (demo.isEmpty()) {
                List<String> lines = demo.load();
                LOG.warning("\n=== DEMO DATA loaded: these demo accounts exist (never use demo data in production) ===\n"
                        + String.join("\n", lines) + "\n===");
            } else {
                LOG.warning("Demo data mode: the database already has data; demo accounts use the password "
                        + DemoData.PASSWORD + " unless changed (see README).");
            }
        } else {
            administrator.ensureExists(adminPassword.filter(p -> !p.isBlank()));
        }
        started = true;
        startedEvent.fire(new PlatformStarted(em.createQuery("SELECT s.id FROM School s", Long.class).getResultList()));
    }

    /** Ready: started, and the database answers. */
    public boolean isReady() {
        return started && database.isUsable();
    }
}
