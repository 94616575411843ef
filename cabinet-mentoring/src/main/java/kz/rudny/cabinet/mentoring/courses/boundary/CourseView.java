package kz.rudny.cabinet.mentoring.courses.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A course as read: who, what, the certificate (number, file name if scanned), and whether it is confirmed. */
public record CourseView(long id, long staffId, String teacherName, String provider, String title, CourseKind kind,
                         int hours, LocalDate startsOn, LocalDate endsOn, String certificateNumber,
                         String certificateFileName, LocalDateTime confirmedAt, String confirmedByName, boolean mine,
                         long version) implements Serializable {

    public boolean confirmed() {
        return confirmedAt != null;
    }
}
