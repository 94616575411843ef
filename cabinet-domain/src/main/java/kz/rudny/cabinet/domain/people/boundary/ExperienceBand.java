package kz.rudny.cabinet.domain.people.boundary;

/**
 * A band of teaching experience (педагогтік өтіл / педагогический стаж) in full years on a day, the bands the
 * education department's tables commonly use (forms.md: under 3, 3–5, 5–10, 10–20, over 20 years). Where two bands
 * share an edge the lower one ends before it: exactly 3 years is {@link #FROM_3_TO_5}, exactly 20 is
 * {@link #FROM_20}. The names are the figures' stable keys (texts {@code experienceBand.<NAME>}).
 */
public enum ExperienceBand {
    UNDER_3(0),
    FROM_3_TO_5(3),
    FROM_5_TO_10(5),
    FROM_10_TO_20(10),
    FROM_20(20);

    private final int fromYears;

    ExperienceBand(int fromYears) {
        this.fromYears = fromYears;
    }

    /** The first full year of the band. */
    public int fromYears() {
        return fromYears;
    }
}
