/**
 * The school as stored: a district-level record (it is the tenant, so it carries no tenant column of its own).
 * Internal to the domain; other modules use {@code school.boundary}.
 */
package kz.rudny.cabinet.domain.school.entity;
