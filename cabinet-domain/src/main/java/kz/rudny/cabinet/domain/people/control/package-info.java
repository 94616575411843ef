/**
 * The rules behind people and accounts: creating and changing accounts, staff records with their subjects, the
 * identity store the sign-in checks passwords against, and the log and throttle of sign-in attempts. Internal to
 * the domain; other modules use {@code people.boundary}.
 */
package kz.rudny.cabinet.domain.people.control;
