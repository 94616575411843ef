package kz.rudny.cabinet.domain.people.boundary;

/**
 * A staff member's account was deactivated (fired synchronously, inside the deactivating transaction, so
 * that other modules can let go of what the person held: reservations, and later registrations).
 */
public record StaffDeactivated(long staffId) {
}
