package kz.rudny.cabinet.events.plan.boundary;

import java.util.Objects;

/**
 * What realises a plan item in another feature: its kind (such as {@code "ASSOCIATION_MEETING"}, at most 30
 * characters) and its id there.
 */
public record PlanSource(String kind, long id) {

    public PlanSource {
        Objects.requireNonNull(kind, "kind");
        if (kind.isBlank() || kind.length() > 30) {
            throw new IllegalArgumentException("A source kind has 1 to 30 characters: " + kind);
        }
    }
}
