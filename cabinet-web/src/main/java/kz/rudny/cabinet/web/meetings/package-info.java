/** The screens of association meetings, their minutes and decisions. */
package kz.rudny.cabinet.web.meetings;
