package kz.rudny.cabinet.events.meetings.boundary;

import java.io.Serializable;

/** An association's meetings of a year, per quarter (index 0 = first quarter): planned and held. */
public record HeldAgainstPlanned(long associationId, String associationName, int[] planned, int[] held)
        implements Serializable {

    public int plannedInYear() {
        return planned[0] + planned[1] + planned[2] + planned[3];
    }

    public int heldInYear() {
        return held[0] + held[1] + held[2] + held[3];
    }

    public int planned(int quarter) {
        return planned[quarter];
    }

    public int held(int quarter) {
        return held[quarter];
    }
}
