package kz.rudny.cabinet.domain.people.boundary;

/**
 * A band of age in full years on a day. The department's forms name age bands without fixing them (forms.md), so
 * these are the decades the statistics of teachers usually use: under 30, 30–39, 40–49, 50–59, 60 and over (60 is
 * also near the pension age, which the department watches). The names are the figures' stable keys (texts
 * {@code ageBand.<NAME>}); {@code FROM_30_TO_40} is 30 up to 39 full years.
 */
public enum AgeBand {
    UNDER_30(0),
    FROM_30_TO_40(30),
    FROM_40_TO_50(40),
    FROM_50_TO_60(50),
    FROM_60(60);

    private final int fromYears;

    AgeBand(int fromYears) {
        this.fromYears = fromYears;
    }

    /** The first full year of the band. */
    public int fromYears() {
        return fromYears;
    }
}
