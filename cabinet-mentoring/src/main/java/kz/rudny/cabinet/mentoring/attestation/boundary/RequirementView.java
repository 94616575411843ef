package kz.rudny.cabinet.mentoring.attestation.boundary;

import java.io.Serializable;
import kz.rudny.cabinet.domain.people.boundary.QualificationCategory;

/** A requirement of a category: how many of a kind of evidence, at least at a level. */
public record RequirementView(long id, QualificationCategory category, EvidenceKind kind, AchievementLevel minLevel,
                              int howMany, long version) implements Serializable {
}
