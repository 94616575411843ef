package kz.rudny.cabinet.events.plan.boundary;

import java.io.Serializable;
import kz.rudny.cabinet.domain.calendar.Quarter;

/** One quarter's fulfilment, as the summary at the top of the plan lists it. */
public record QuarterFulfilment(Quarter quarter, Fulfilment fulfilment) implements Serializable {
}
