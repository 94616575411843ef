/**
 * The Library module (to come): the cabinet library's physical holdings (titles, copies, loans,
 * reservations), teachers' digital materials with their review workflow (draft, submitted, approved,
 * published, shared to the district), the corners, full-text search in Kazakh and Russian, and publication
 * certificates. Its API will be {@code boundary} packages; its entities are school-scoped.
 */
package kz.rudny.cabinet.library;
