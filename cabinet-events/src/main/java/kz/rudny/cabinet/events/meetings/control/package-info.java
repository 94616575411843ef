/** How meetings are read, numbered, and who may do what with them. */
package kz.rudny.cabinet.events.meetings.control;
