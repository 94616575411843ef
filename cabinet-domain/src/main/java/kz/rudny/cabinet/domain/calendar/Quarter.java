package kz.rudny.cabinet.domain.calendar;

import java.time.Month;

/** The four quarters of an academic year, each by the month it starts and the month it ends. */
public enum Quarter {
    FIRST(Month.SEPTEMBER, Month.OCTOBER),
    SECOND(Month.NOVEMBER, Month.DECEMBER),
    THIRD(Month.JANUARY, Month.MARCH),
    FOURTH(Month.APRIL, Month.AUGUST);

    private final Month firstMonth;
    private final Month lastMonth;

    Quarter(Month firstMonth, Month lastMonth) {
        this.firstMonth = firstMonth;
        this.lastMonth = lastMonth;
    }

    public Month firstMonth() {
        return firstMonth;
    }

    public Month lastMonth() {
        return lastMonth;
    }

    public int number() {
        return ordinal() + 1;
    }

    static Quarter of(Month month) {
        for (Quarter q : values()) {
            int m = month.getValue();
            int from = q.firstMonth.getValue();
            int to = q.lastMonth.getValue();
            if (m >= from && m <= to) {
                return q;
            }
        }
        throw new IllegalArgumentException("No quarter for " + month);
    }
}
