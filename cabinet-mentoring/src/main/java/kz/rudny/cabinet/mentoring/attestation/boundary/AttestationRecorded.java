package kz.rudny.cabinet.mentoring.attestation.boundary;

import kz.rudny.cabinet.domain.figures.boundary.SchoolFiguresChanged;

/** A teacher's attestation was recorded (a fact for the district's figures). */
public record AttestationRecorded(long schoolId, long staffId) implements SchoolFiguresChanged {
}
