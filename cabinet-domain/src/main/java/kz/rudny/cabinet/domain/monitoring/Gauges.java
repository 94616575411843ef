package kz.rudny.cabinet.domain.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The one way a module adds a gauge to {@code /metrics}, in one line where it starts (an observer of
 * {@code PlatformStarted}, a {@code @PostConstruct}):
 *
 * <pre>gauges.register("search.index.lag", "Seconds the search index is behind the database", "seconds", this::lagSeconds);</pre>
 *
 * The value is read at every scrape, on the scraping thread: it must be cheap (a field, a counter), never a query
 * per scrape of something that grows. Names are MicroProfile Metrics names ({@code cabinet.} is prefixed, dots
 * become underscores in the Prometheus text, the unit is appended: {@code cabinet_search_index_lag_seconds}).
 * Registering a name twice keeps the first gauge (a redeployment starts a new registry).
 */
@ApplicationScoped
public class Gauges {

    private static final Logger LOG = Logger.getLogger(Gauges.class.getName());

    @Inject
    MetricRegistry registry;

    /** Adds the gauge {@code cabinet.<name>} in {@code unit} (a MicroProfile {@code MetricUnits} value). */
    public void register(String name, String description, String unit, Supplier<? extends Number> value) {
        String full = "cabinet." + name;
        if (registry.getGauges().keySet().stream().anyMatch(id -> id.getName().equals(full))) {
            return;
        }
        Metadata metadata = Metadata.builder().withName(full).withDescription(description).withUnit(unit).build();
        registry.gauge(metadata, () -> {
            try {
                return value.get();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, e, () -> "The gauge " + full + " could not be read");
                return Double.NaN;
            }
        });
    }
}
