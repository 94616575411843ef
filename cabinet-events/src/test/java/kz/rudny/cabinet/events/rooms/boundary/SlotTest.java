package kz.rudny.cabinet.events.rooms.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class SlotTest {

    private static final LocalDateTime DAY = LocalDateTime.of(2026, 12, 3, 0, 0);

    private static Slot slot(int fromHour, int fromMinute, int toHour, int toMinute) {
        return new Slot(DAY.withHour(fromHour).withMinute(fromMinute), DAY.withHour(toHour).withMinute(toMinute));
    }

    @Test
    void touchingSlotsDoNotOverlapEitherWay() {
        assertFalse(slot(10, 0, 11, 0).overlaps(slot(11, 0, 12, 0)));
        assertFalse(slot(11, 0, 12, 0).overlaps(slot(10, 0, 11, 0)));
    }

    @Test
    void crossingContainedContainingAndEqualSlotsOverlap() {
        Slot booked = slot(10, 0, 11, 0);
        assertTrue(booked.overlaps(slot(10, 30, 11, 30)), "crossing the end");
        assertTrue(booked.overlaps(slot(9, 30, 10, 1)), "crossing the start by a minute");
        assertTrue(booked.overlaps(slot(10, 15, 10, 45)), "contained");
        assertTrue(booked.overlaps(slot(9, 0, 12, 0)), "containing");
        assertTrue(booked.overlaps(slot(10, 0, 11, 0)), "the same");
    }

    @Test
    void separateSlotsDoNotOverlap() {
        assertFalse(slot(8, 0, 9, 0).overlaps(slot(9, 1, 10, 0)));
        assertFalse(new Slot(DAY.withHour(10), DAY.withHour(11)).overlaps(
                new Slot(DAY.plusDays(1).withHour(10), DAY.plusDays(1).withHour(11))), "the same hours, another day");
    }

    @Test
    void aSlotEndsAfterItStarts() {
        assertThrows(IllegalArgumentException.class, () -> slot(10, 0, 10, 0));
        assertThrows(IllegalArgumentException.class, () -> slot(11, 0, 10, 0));
    }
}
