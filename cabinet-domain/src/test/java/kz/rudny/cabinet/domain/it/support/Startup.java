package kz.rudny.cabinet.domain.it.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import kz.rudny.cabinet.domain.platform.boundary.ConfiguredDataSource;
import kz.rudny.cabinet.domain.platform.boundary.Platform;

/** Starts the platform like the web module's Startup does: migrations, then the demo data. */
@ApplicationScoped
public class Startup {

    @Inject
    Platform platform;

    void started(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        platform.start();
    }

    void stopping(@Observes @BeforeDestroyed(ApplicationScoped.class) ServletContext context) {
        ConfiguredDataSource.shutdownEmbeddedDerby();
    }
}
