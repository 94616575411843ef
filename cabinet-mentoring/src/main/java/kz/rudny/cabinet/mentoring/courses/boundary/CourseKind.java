package kz.rudny.cabinet.mentoring.courses.boundary;

/**
 * What a course was about (texts {@code courses.kind.<NAME>}): the subject, pedagogy, the Cambridge-programme level
 * courses (a confirmed one gives the staff record its Cambridge mark), digital skills, anything else.
 */
public enum CourseKind {
    SUBJECT,
    PEDAGOGY,
    CAMBRIDGE,
    DIGITAL,
    OTHER
}
