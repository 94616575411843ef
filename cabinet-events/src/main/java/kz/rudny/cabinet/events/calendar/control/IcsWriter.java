package kz.rudny.cabinet.events.calendar.control;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import kz.rudny.cabinet.events.calendar.boundary.CalendarEntry;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes calendar entries as iCalendar (RFC 5545) with ical4j: times as the school's wall clock with
 * {@code TZID=<zone>} and the zone's VTIMEZONE, taken from ical4j's bundled zone data (never downloaded:
 * {@code ical4j.properties} turns its zone updates off); a zone ical4j does not know is written in UTC instead.
 */
public final class IcsWriter {

    public static final String PRODID = "-//Rudny schools//Methodical cabinet//EN";

    /** One registry for the process: it caches the zones it loaded from ical4j's jar. */
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private final ZoneId zone;
    private final String publicUrl;

    /**
     * @param zone      the school's zone, in which the entries' times are given
     * @param publicUrl the address people open the cabinet at ({@code cabinet.public-url}); each entry's URL is this
     *                  plus its link
     */
    public IcsWriter(ZoneId zone, String publicUrl) {
        this.zone = zone;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The zone's VTIMEZONE from ical4j's bundled data, or null when ical4j does not know the zone. */
    public static VTimeZone vtimezone(ZoneId zone) {
        TimeZone tz = ZONES.getTimeZone(zone.getId());
        return tz == null ? null : tz.getVTimeZone();
    }

    /** A whole calendar: the feed (with its name), or one entry to download. */
    public String write(List<CalendarEntry> entries, String calendarName, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        if (calendarName != null) {
            calendar.add(new XProperty("X-WR-CALNAME", calendarName));
        }
        VTimeZone vtimezone = vtimezone(zone);
        if (vtimezone != null) {
            calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
            calendar.add(vtimezone);
        }
        for (CalendarEntry entry : entries) {
            calendar.add(event(entry, vtimezone != null, now));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private VEvent event(CalendarEntry entry, boolean zoned, Instant now) {
        VEvent event = new VEvent(false);
        event.add(new Uid(entry.uid()));
        event.add(new DtStamp(now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        event.add(new Sequence(entry.sequence()));
        event.add(new LastModified(entry.lastModified().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        if (entry.isAllDay()) {
            event.add(new DtStart<>(entry.day()));
            event.add(new DtEnd<>(entry.day().plusDays(1)));
        } else if (zoned) {
            event.add(new DtStart<>(new ParameterList(List.of(new TzId(zone.getId()))), entry.start()));
            event.add(new DtEnd<>(new ParameterList(List.of(new TzId(zone.getId()))), entry.end()));
        } else {
            event.add(new DtStart<>(entry.start().atZone(zone).withZoneSameInstant(ZoneOffset.UTC).toInstant()));
            event.add(new DtEnd<>(entry.end().atZone(zone).withZoneSameInstant(ZoneOffset.UTC).toInstant()));
        }
        event.add(new Summary(entry.title()));
        if (entry.place() != null && !entry.place().isBlank()) {
            event.add(new Location(entry.place()));
        }
        if (entry.link() != null) {
            event.add(new Url(java.net.URI.create(publicUrl + entry.link())));
        }
        event.add(entry.isCancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        return event;
    }
}
