package kz.rudny.cabinet.events.plan.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.calendar.Quarter;
import org.junit.jupiter.api.Test;

/** The fulfilment arithmetic as its javadoc defines it, on a plan read on 29 November 2026. */
class FulfilmentTest {

    private static final AcademicYear Y = new AcademicYear(2026);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private static Fulfilment.Facts item(String term, ExecutionMark mark) {
        return new Fulfilment.Facts(PlanTerm.parse(Y, term).orElseThrow(), mark);
    }

    private static final List<Fulfilment.Facts> PLAN = List.of(
            item("2026-09", ExecutionMark.HELD),      // Q1, held
            item("2026-09", ExecutionMark.HELD),      // Q1, held
            item("Q1", ExecutionMark.HELD),           // Q1, held
            item("2026-10", ExecutionMark.PLANNED),   // Q1, overdue
            item("2026-10", ExecutionMark.CANCELLED), // Q1, cancelled: not planned any more
            item("2026-11", ExecutionMark.HELD),      // Q2, held
            item("2026-11", ExecutionMark.PLANNED),   // Q2, due, not overdue (November not over)
            item("2026-12", ExecutionMark.MOVED),     // Q2, moved into December: not due yet
            item("2026-12", ExecutionMark.HELD),      // Q2, held ahead of its term: due
            item("Q2", ExecutionMark.PLANNED),        // Q2, begun in November: due
            item("2027-02", ExecutionMark.PLANNED),   // Q3, ahead
            item("Q4", ExecutionMark.PLANNED));       // Q4, ahead

    @Test
    void aQuarterThatHasEndedCountsEveryItemAsDueAndTheUnheldOnesAsOverdue() {
        Fulfilment q1 = Fulfilment.of(PLAN, Quarter.FIRST, TODAY);
        assertEquals(new Fulfilment(4, 4, 3, 1, 1), q1);
        assertEquals(Optional.of(75), q1.percent());
    }

    @Test
    void theCurrentQuarterCountsWhatHasBegunAndWhatWasHeldAhead() {
        Fulfilment q2 = Fulfilment.of(PLAN, Quarter.SECOND, TODAY);
        assertEquals(new Fulfilment(5, 4, 2, 0, 0), q2);
        assertEquals(Optional.of(50), q2.percent());
    }

    @Test
    void aQuarterNotBegunHasNothingDueAndNoPercentage() {
        Fulfilment q3 = Fulfilment.of(PLAN, Quarter.THIRD, TODAY);
        assertEquals(new Fulfilment(1, 0, 0, 0, 0), q3);
        assertEquals(Optional.empty(), q3.percent());
        assertEquals(null, q3.getPercent());
    }

    @Test
    void theYearAddsUpTheQuartersAndRoundsDown() {
        Fulfilment year = Fulfilment.of(PLAN, null, TODAY);
        assertEquals(new Fulfilment(11, 8, 5, 1, 1), year);
        assertEquals(Optional.of(62), year.percent(), "5 of 8 is 62.5%, rounded down");
    }

    @Test
    void anItemBecomesOverdueTheDayAfterItsTermEnds() {
        List<Fulfilment.Facts> one = List.of(item("2026-11", ExecutionMark.PLANNED));
        assertEquals(0, Fulfilment.of(one, null, LocalDate.of(2026, 11, 30)).overdue());
        assertEquals(1, Fulfilment.of(one, null, LocalDate.of(2026, 12, 1)).overdue());
        assertEquals(0, Fulfilment.of(one, null, LocalDate.of(2026, 10, 31)).due());
        assertEquals(1, Fulfilment.of(one, null, LocalDate.of(2026, 11, 1)).due());
        List<Fulfilment.Facts> moved = List.of(item("2026-11", ExecutionMark.MOVED));
        assertEquals(1, Fulfilment.of(moved, null, LocalDate.of(2026, 12, 1)).overdue(), "moved, and its new term over");
    }
}
