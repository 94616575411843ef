package kz.rudny.cabinet.events.meetings.boundary;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.figures.boundary.SchoolFiguresChanged;

/**
 * An association meeting was planned, moved, held or cancelled (a fact for the district's figures of the years of its
 * days: the day it is on, and the day it was on before a move).
 */
public record MeetingScheduleChanged(long schoolId, long meetingId, List<AcademicYear> years)
        implements SchoolFiguresChanged {
    public MeetingScheduleChanged {
        years = List.copyOf(years);
    }

    public MeetingScheduleChanged(long schoolId, long meetingId, LocalDate... days) {
        this(schoolId, meetingId, Arrays.stream(days).map(AcademicYear::of).distinct().toList());
    }
}
