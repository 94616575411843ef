/** The rooms feature's rules (slots and their overlap), seeding and demo data. */
package kz.rudny.cabinet.events.rooms.control;
