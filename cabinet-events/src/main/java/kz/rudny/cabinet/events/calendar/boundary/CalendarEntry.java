package kz.rudny.cabinet.events.calendar.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One entry of a person's calendar. Times are the school's wall clock (the configured zone, Asia/Qostanay for
 * Rudny); an all-day entry (a decision's deadline) has a {@code day} and no times.
 *
 * @param uid          stable for the life of what it is about: {@link #uid(EntryKind, long)}
 * @param kind         what it is about
 * @param title        what the person reads (the summary)
 * @param start        school-local start, or null for an all-day entry
 * @param end          school-local end (after the start), or null for an all-day entry
 * @param day          the day of an all-day entry, else null
 * @param place        where (a room's name), or null
 * @param status       confirmed or cancelled
 * @param sequence     grows by at least one with every change of what calendars show (0 when made)
 * @param lastModified when it last changed
 * @param link         the application path of what it is about ({@code /events/rooms.xhtml}), never a full URL
 */
public record CalendarEntry(String uid, EntryKind kind, String title, LocalDateTime start, LocalDateTime end,
                            LocalDate day, String place, EntryStatus status, int sequence, Instant lastModified,
                            String link) implements Serializable {

    /** The domain part of every UID: constant, so the UIDs survive a change of the server's address. */
    public static final String UID_DOMAIN = "cabinet.rudny.kz";

    public CalendarEntry {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(lastModified, "lastModified");
        if (day == null && (start == null || end == null || !end.isAfter(start))) {
            throw new IllegalArgumentException("A timed entry needs a start before its end: " + uid);
        }
        if (day != null && (start != null || end != null)) {
            throw new IllegalArgumentException("An all-day entry has no times: " + uid);
        }
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence " + sequence);
        }
        if (link != null && (!link.startsWith("/") || link.startsWith("//"))) {
            throw new IllegalArgumentException("A link is a path of the application: " + link);
        }
    }

    /** An entry with a start and an end. */
    public static CalendarEntry timed(EntryKind kind, long id, String title, LocalDateTime start, LocalDateTime end,
                                      String place, EntryStatus status, int sequence, Instant lastModified,
                                      String link) {
        return new CalendarEntry(uid(kind, id), kind, title, start, end, null, place, status, sequence,
                lastModified, link);
    }

    /** An entry for a whole day (a deadline). */
    public static CalendarEntry allDay(EntryKind kind, long id, String title, LocalDate day, String place,
                                       EntryStatus status, int sequence, Instant lastModified, String link) {
        return new CalendarEntry(uid(kind, id), kind, title, null, null, day, place, status, sequence,
                lastModified, link);
    }

    /** {@code room-booking-12@cabinet.rudny.kz}. */
    public static String uid(EntryKind kind, long id) {
        return kind.uidPrefix() + "-" + id + "@" + UID_DOMAIN;
    }

    public boolean isAllDay() {
        return day != null;
    }

    public boolean isCancelled() {
        return status == EntryStatus.CANCELLED;
    }

    /** The first day it touches. */
    public LocalDate firstDay() {
        return day != null ? day : start.toLocalDate();
    }
}
