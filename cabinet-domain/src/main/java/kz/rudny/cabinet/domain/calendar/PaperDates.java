package kz.rudny.cabinet.domain.calendar;

import java.time.format.DateTimeFormatter;

/**
 * Dates as Kazakh and Russian school papers write them (27.11.2026, 27.11.2026 15:00): in notices, minutes,
 * plans, certificates and exports alike. One place, so that every paper of the cabinet writes a day the same way.
 */
public final class PaperDates {

    /** A day: 27.11.2026. */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** A day and a time of day: 27.11.2026 15:00. */
    public static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private PaperDates() {
    }
}
