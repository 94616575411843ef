package kz.rudny.cabinet.mentoring.pairs.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The mentoring rules that are settings (README, Configuration): the most mentees a mentor has in a year. */
@ApplicationScoped
public class MentoringSettings {

    public static final String MAX_MENTEES = "cabinet.mentoring.max-mentees";

    @Inject
    @ConfigProperty(name = MAX_MENTEES, defaultValue = "2")
    int maxMentees;

    public int maxMentees() {
        return Math.max(1, maxMentees);
    }
}
