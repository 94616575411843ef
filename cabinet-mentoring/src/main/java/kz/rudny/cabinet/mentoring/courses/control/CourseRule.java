package kz.rudny.cabinet.mentoring.courses.control;

import java.time.LocalDate;

/**
 * The periodic rule of courses (every teacher takes courses at least once in a number of years, a setting): the next
 * course is due that many years after the last confirmed course ended, or, with none, after the day the teacher
 * started teaching; due this academic year when the due day falls on or before the year's last day.
 */
public final class CourseRule {

    private CourseRule() {
    }

    public static LocalDate dueOn(LocalDate lastCourseEnded, LocalDate teachingSince, int years) {
        LocalDate from = lastCourseEnded != null ? lastCourseEnded : teachingSince;
        return from == null ? null : from.plusYears(years);
    }
}
