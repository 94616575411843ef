/**
 * Schools, the tenants: the district administrator creates a school with its first methodologist; district
 * roles see every school with its staff counts (read from district-level tables, never through a school's
 * filter).
 */
package kz.rudny.cabinet.domain.school.boundary;
