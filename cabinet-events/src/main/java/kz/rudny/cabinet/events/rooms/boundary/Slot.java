package kz.rudny.cabinet.events.rooms.boundary;

import java.time.LocalDateTime;
import java.util.Objects;

/** A time slot [start, end): two slots overlap when each starts before the other ends; touching ones do not. */
public record Slot(LocalDateTime start, LocalDateTime end) {

    public Slot {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A slot ends after it starts: " + start + " - " + end);
        }
    }

    public boolean overlaps(Slot other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }
}
