package kz.rudny.cabinet.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import kz.rudny.cabinet.domain.platform.boundary.ConfiguredDataSource;
import kz.rudny.cabinet.domain.platform.boundary.Platform;

/** Starts the platform when the web module starts, and shuts embedded Derby down when it stops. */
@ApplicationScoped
public class Startup {

    @Inject
    Platform platform;

    void started(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        platform.start();
    }

    void stopping(@Observes @BeforeDestroyed(ApplicationScoped.class) ServletContext context) {
        // Frees the database files so that a redeployment (a new class loader) can open them again.
        ConfiguredDataSource.shutdownEmbeddedDerby();
    }
}
