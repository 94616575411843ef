package kz.rudny.cabinet.events.plan.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.calendar.Quarter;
import kz.rudny.cabinet.domain.figures.boundary.Indicator;
import kz.rudny.cabinet.domain.figures.boundary.SchoolFigure;
import kz.rudny.cabinet.domain.figures.boundary.SchoolFigureSource;
import kz.rudny.cabinet.events.plan.boundary.Fulfilment;

/**
 * The annual methodical plan's fulfilment per quarter, as the plan's page counts it ({@link Fulfilment}): the items
 * due so far and the items held, as of the day (or the year's last day, for a year gone by). Read through the
 * school's tenant filter.
 */
@ApplicationScoped
public class PlanFigures implements SchoolFigureSource {

    @Inject
    PlanRecords records;

    @Override
    public List<SchoolFigure> figuresOf(AcademicYear year, LocalDate today) {
        LocalDate asOf = today.isAfter(year.lastDay()) ? year.lastDay() : today;
        List<Fulfilment.Facts> items = records.plan(year).map(records::items).orElse(List.of()).stream()
                .map(i -> new Fulfilment.Facts(i.term(), i.getMark())).toList();
        List<SchoolFigure> figures = new ArrayList<>();
        for (Quarter q : Quarter.values()) {
            Fulfilment f = Fulfilment.of(items, q, asOf);
            figures.add(SchoolFigure.in(q, Indicator.PLAN_ITEMS_DUE, f.due()));
            figures.add(SchoolFigure.in(q, Indicator.PLAN_ITEMS_HELD, f.held()));
        }
        return figures;
    }
}
