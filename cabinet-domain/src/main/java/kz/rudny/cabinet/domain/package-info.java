/**
 * The shared kernel of the methodical cabinet: schools (tenants) and the district above them, people and
 * their accounts and roles, methodical associations, subjects, academic years and the audit trail.
 * Every feature module depends on this module; it depends on none of them.
 *
 * <p>Packages named {@code boundary} (and the top-level packages {@code tenancy}, {@code security},
 * {@code paging}, {@code calendar}) are this module's API. Packages named {@code entity} and
 * {@code control} are internal: a test fails the build when another module reaches into them.
 */
package kz.rudny.cabinet.domain;
