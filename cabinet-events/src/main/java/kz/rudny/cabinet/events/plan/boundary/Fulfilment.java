package kz.rudny.cabinet.events.plan.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import kz.rudny.cabinet.domain.calendar.Quarter;

/**
 * How far a period of the plan (one quarter, or the whole year) is fulfilled on a given day. Counted over the
 * plan's items whose <em>current</em> term lies in the period (a month term in the quarter containing that
 * month; a moved item in its new term):
 * <ul>
 * <li>{@code planned}: the items not cancelled;</li>
 * <li>{@code due} ("planned so far"): the items not cancelled whose term has begun on or before the day, plus
 *     the held ones whose term has not begun yet (held ahead of time), so that {@code held <= due} always;</li>
 * <li>{@code held}: the items marked held;</li>
 * <li>{@code overdue}: the items neither held nor cancelled whose term ended before the day;</li>
 * <li>{@code cancelled}: the items cancelled (no longer planned, shown apart).</li>
 * </ul>
 * {@link #percent()} is {@code held * 100 / due} rounded down, and empty while nothing is due.
 */
public record Fulfilment(int planned, int due, int held, int overdue, int cancelled) implements Serializable {

    /** One item as the arithmetic sees it. */
    public record Facts(PlanTerm term, ExecutionMark mark) {
    }

    /** The fulfilment of the given quarter (or the whole year when {@code quarter} is null) on {@code today}. */
    public static Fulfilment of(Collection<Facts> items, Quarter quarter, LocalDate today) {
        int planned = 0;
        int due = 0;
        int held = 0;
        int overdue = 0;
        int cancelled = 0;
        for (Facts item : items) {
            if (quarter != null && item.term().quarter() != quarter) {
                continue;
            }
            if (item.mark() == ExecutionMark.CANCELLED) {
                cancelled++;
                continue;
            }
            planned++;
            boolean isHeld = item.mark() == ExecutionMark.HELD;
            if (isHeld) {
                held++;
            }
            if (isHeld || item.term().hasBegunBy(today)) {
                due++;
            }
            if (!isHeld && item.term().hasEndedBefore(today)) {
                overdue++;
            }
        }
        return new Fulfilment(planned, due, held, overdue, cancelled);
    }

    /** Held of due, in whole percent rounded down; empty while nothing is due. */
    public Optional<Integer> percent() {
        return due == 0 ? Optional.empty() : Optional.of(held * 100 / due);
    }

    /** For pages: the percentage, or null while nothing is due. */
    public Integer getPercent() {
        return percent().orElse(null);
    }
}
