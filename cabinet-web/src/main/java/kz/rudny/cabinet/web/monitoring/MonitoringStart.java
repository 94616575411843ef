package kz.rudny.cabinet.web.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import kz.rudny.cabinet.domain.monitoring.Gauges;
import kz.rudny.cabinet.domain.monitoring.RequestLogEnricher;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * Starts the monitoring with the web module: the request's id in the application's log records, and the gauges
 * of the web tier (sessions).
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
    }

    void stopping(@Observes @BeforeDestroyed(ApplicationScoped.class) ServletContext context) {
        if (enricher != null) {
            enricher.uninstall();
        }
    }
}
