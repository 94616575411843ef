package kz.rudny.cabinet.domain.people.boundary;

import java.time.LocalDate;

/**
 * A colleague's teaching record as mentoring reads it: who (the card and the account), whether the account is
 * active, whether they are a school methodologist, their qualification category (null when not set), the day they
 * started teaching, and whether that makes them a young specialist on the given day (the first
 * {@value kz.rudny.cabinet.domain.people.entity.StaffMember#YOUNG_SPECIALIST_YEARS} academic years; see
 * {@code StaffMember.isYoungSpecialist}).
 */
public record TeachingRecord(StaffCard card, long accountId, boolean active, boolean methodologist,
                             QualificationCategory category, LocalDate teachingSince, boolean youngSpecialist) {
}
