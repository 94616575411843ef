package kz.rudny.cabinet.mentoring.attestation.boundary;

/**
 * The sections of an attestation portfolio (texts {@code attestation.kind.<NAME>}): the teacher's own awards, pupils'
 * olympiad and competition results (pupil and place), publications (a library material), open lessons and master
 * classes given (an event), courses (a course record), the national qualification test's result (its percentage).
 */
public enum EvidenceKind {
    AWARD,
    PUPIL_RESULT,
    PUBLICATION,
    OPEN_LESSON,
    COURSE,
    TEST_RESULT
}
