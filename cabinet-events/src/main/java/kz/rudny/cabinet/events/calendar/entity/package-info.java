/** The private feeds' tokens (a reviewed district-level table: found by the token before any school is known). */
package kz.rudny.cabinet.events.calendar.entity;
