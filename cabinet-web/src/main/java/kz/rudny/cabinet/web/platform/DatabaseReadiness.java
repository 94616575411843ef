package kz.rudny.cabinet.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.rudny.cabinet.domain.platform.boundary.Platform;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** {@code /health/ready}: up when the platform has started and the database answers. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    Platform platform;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("database").status(platform.isReady()).build();
    }
}
