package kz.rudny.cabinet.events.meetings.boundary;

import kz.rudny.cabinet.domain.figures.boundary.SchoolFiguresChanged;

/** An association meeting was planned, moved, held or cancelled (a fact for the district's figures). */
public record MeetingScheduleChanged(long schoolId, long meetingId) implements SchoolFiguresChanged {
}
