/**
 * The school's rooms (the methodical cabinet first, the assembly hall, classrooms) and their bookings for a time
 * slot with a purpose. Two live bookings of one room never overlap, also under parallel requests: a booking is
 * checked and written while the room's row is locked in the database, so the second of two parallel bookings sees
 * the first and is refused with who holds the slot. Touching slots (one ends when the next starts) are allowed.
 * A booking is cancelled by the person who made it or by the school methodologist; a cancelled booking stays
 * recorded but frees its slot.
 */
package kz.rudny.cabinet.events.rooms;
