package kz.rudny.cabinet.domain.school.boundary;

/**
 * A school was just created; fired inside the creating transaction with the new school as the current tenant,
 * so other modules can set up what every school starts with.
 */
public record SchoolCreated(long schoolId) {
}
