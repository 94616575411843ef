package kz.rudny.cabinet.web.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import kz.rudny.cabinet.domain.monitoring.Gauges;
import kz.rudny.cabinet.domain.monitoring.RequestLogEnricher;
import kz.rudny.cabinet.domain.platform.boundary.OpenConnections;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * Starts the monitoring with the web module: the request's id in the application's log records, and the gauges
 * of the web tier (sessions, the connections of the pool).
 */
@ApplicationScoped
public class MonitoringStart {

    @Inject
    Gauges gauges;

    private RequestLogEnricher enricher;

    void started(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        enricher = RequestLogEnricher.install();
        gauges.register("sessions.active", "Sessions of this server alive now", MetricUnits.NONE,
                SessionCount.ACTIVE::get);
        gauges.register("pool.connections.open", "Database connections the application's pool holds open (at most "
                + "its maximum, 32)", MetricUnits.NONE, OpenConnections::count);
    }

    void stopping(@Observes @BeforeDestroyed(ApplicationScoped.class) ServletContext context) {
        if (enricher != null) {
            enricher.uninstall();
        }
    }
}
