package kz.rudny.cabinet.mentoring.attestation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The attestation rule's setting (README, Configuration): at least once in how many years. */
@ApplicationScoped
public class AttestationSettings {

    public static final String PERIOD_YEARS = "cabinet.attestation.period-years";

    @Inject
    @ConfigProperty(name = PERIOD_YEARS, defaultValue = "5")
    int periodYears;

    public int periodYears() {
        return Math.max(1, periodYears);
    }
}
