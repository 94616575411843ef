/**
 * People and their accounts: the school methodologist's staff management ({@link
 * kz.rudny.cabinet.domain.people.boundary.Staff}), everyone's own profile ({@link
 * kz.rudny.cabinet.domain.people.boundary.Profile}) and sign-in throttling ({@link
 * kz.rudny.cabinet.domain.people.boundary.SignIn}).
 */
package kz.rudny.cabinet.domain.people.boundary;
