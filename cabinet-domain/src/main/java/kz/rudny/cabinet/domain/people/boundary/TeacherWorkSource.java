package kz.rudny.cabinet.domain.people.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * Implemented (as a CDI bean) by every feature of any module that records a teacher's work ({@link TeacherWorks}
 * asks each in turn). Called inside the caller's transaction with the current school set: a source answers only what
 * that school's tenant filter shows, and what the person did as a member of that school.
 */
public interface TeacherWorkSource {

    /** What this feature recorded of the school's staff member between the two days, both included; each once. */
    List<WorkItem> itemsOf(long staffId, long accountId, LocalDate from, LocalDate to);
}
