/** Rooms and bookings, school-scoped. */
package kz.rudny.cabinet.events.rooms.entity;
