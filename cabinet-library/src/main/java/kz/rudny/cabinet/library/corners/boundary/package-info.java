/**
 * The corners, the library's front door: the school's corners with their placed materials (pinned, ordered,
 * everyday items with an expiry date), kept by the school methodologist and read by everyone in the school.
 */
package kz.rudny.cabinet.library.corners.boundary;
