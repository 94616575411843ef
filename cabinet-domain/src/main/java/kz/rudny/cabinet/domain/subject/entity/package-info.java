/**
 * The subject as stored: district-level reference data with its names in Kazakh, Russian and English. Internal
 * to the domain; other modules use {@code subject.boundary}.
 */
package kz.rudny.cabinet.domain.subject.entity;
