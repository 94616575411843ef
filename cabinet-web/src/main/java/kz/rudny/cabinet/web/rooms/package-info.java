/** The rooms' page: a room's week of bookings, booking a slot, cancelling a booking. */
package kz.rudny.cabinet.web.rooms;
