/** The rooms feature's API: {@link kz.rudny.cabinet.events.rooms.boundary.Rooms} and {@link kz.rudny.cabinet.events.rooms.boundary.RoomBookings}. */
package kz.rudny.cabinet.events.rooms.boundary;
