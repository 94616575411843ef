package kz.rudny.cabinet.domain.platform.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import kz.rudny.cabinet.domain.platform.control.Database;
import kz.rudny.cabinet.domain.platform.control.DatabaseMigration;
import kz.rudny.cabinet.domain.platform.control.DemoData;
import kz.rudny.cabinet.domain.platform.control.FirstAdministrator;
import kz.rudny.cabinet.domain.platform.control.SchoolIds;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

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
    SchoolIds schools;

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
        // read here, by the start, not when this bean is made (see SchoolIds: possibly on the health check's thread)
        Config config = ConfigProvider.getConfig();
        boolean demoData = config.getOptionalValue(ConfigKeys.DEMO_DATA, Boolean.class).orElse(false);
        Optional<String> adminPassword = config.getOptionalValue(ConfigKeys.ADMIN_PASSWORD, String.class);
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
        startedEvent.fire(new PlatformStarted(schools.all()));
    }

    /** Ready: started, and the database answers. */
    public boolean isReady() {
        return started && database.isUsable();
    }
}
