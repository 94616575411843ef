/**
 * An audit entry as stored: who changed which record of the school, when, and how. Internal to the domain; other
 * modules write and read the trail through {@code audit.boundary}.
 */
package kz.rudny.cabinet.domain.audit.entity;
