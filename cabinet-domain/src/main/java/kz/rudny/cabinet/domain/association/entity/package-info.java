/**
 * The methodical association as stored: school-scoped, with its head and members (staff records). Internal to
 * the domain; other modules use {@code association.boundary}.
 */
package kz.rudny.cabinet.domain.association.entity;
