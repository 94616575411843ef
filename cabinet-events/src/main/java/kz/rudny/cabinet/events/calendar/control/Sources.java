package kz.rudny.cabinet.events.calendar.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.rudny.cabinet.events.calendar.boundary.CalendarEntry;
import kz.rudny.cabinet.events.calendar.boundary.CalendarOwner;
import kz.rudny.cabinet.events.calendar.boundary.CalendarSource;

/** Every feature's {@link CalendarSource}, asked in turn; the entries in time order, each UID once. */
@ApplicationScoped
public class Sources {

    /** The private feed covers 60 days back and a year ahead (an .ics of one entry too). */
    public static final int DAYS_BACK = 60;
    public static final int DAYS_AHEAD = 366;

    private static final Comparator<CalendarEntry> IN_TIME_ORDER = Comparator
            .comparing((CalendarEntry e) -> e.isAllDay() ? e.day().atStartOfDay() : e.start())
            .thenComparing((CalendarEntry e) -> e.uid());

    @Inject
    @Any
    Instance<CalendarSource> sources;

    /** Inside the caller's transaction and school. */
    public List<CalendarEntry> collect(CalendarOwner owner, LocalDate from, LocalDate to) {
        Map<String, CalendarEntry> byUid = new LinkedHashMap<>();
        for (CalendarSource source : sources) {
            for (CalendarEntry entry : source.entriesFor(owner, from, to)) {
                byUid.putIfAbsent(entry.uid(), entry);
            }
        }
        List<CalendarEntry> entries = new ArrayList<>(byUid.values());
        entries.sort(IN_TIME_ORDER);
        return entries;
    }

    /** The same in a transaction of its own, for the private feed (the school is set by the caller of this). */
    @Transactional
    public List<CalendarEntry> collectInTransaction(CalendarOwner owner, LocalDate from, LocalDate to) {
        return collect(owner, from, to);
    }
}
