/** Association meetings with their agenda, attendance, minutes, decisions, revisions, addenda and files, school-scoped. */
package kz.rudny.cabinet.events.meetings.entity;
