package kz.rudny.cabinet.mentoring.pairs.boundary;

import kz.rudny.cabinet.domain.figures.boundary.SchoolFiguresChanged;

/** A mentor was assigned, a pair ended early or its report signed off (a fact for the district's figures). */
public record MentoringChanged(long schoolId, long pairId) implements SchoolFiguresChanged {
}
