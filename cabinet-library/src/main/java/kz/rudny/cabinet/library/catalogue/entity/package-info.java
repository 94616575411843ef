/**
 * The catalogue as stored, school-scoped: titles, their copies, loans (an open loan holds its copy's id under a
 * unique constraint, so a copy is never lent twice) and reservations.
 */
package kz.rudny.cabinet.library.catalogue.entity;
