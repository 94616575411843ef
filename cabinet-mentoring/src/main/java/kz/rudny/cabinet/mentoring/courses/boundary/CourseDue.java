package kz.rudny.cabinet.mentoring.courses.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A teacher and the course rule on a day: the end of their last confirmed course (null when none), the day the next
 * course is due by the rule (null when there is nothing to count from) and where that leaves them.
 */
public record CourseDue(long staffId, String fullName, String jobTitle, LocalDate lastCourseEnded, LocalDate dueOn,
                        DueState state) implements Serializable {
}
