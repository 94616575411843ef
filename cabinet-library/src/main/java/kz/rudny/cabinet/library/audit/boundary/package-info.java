/**
 * What the library writes in a school's audit trail: its actions and the fields it keeps, each with a text in
 * kk, ru and en ({@code audit.action.*}, {@code audit.field.*}). The trail itself is the domain's.
 */
package kz.rudny.cabinet.library.audit.boundary;
