/**
 * The notifications' inner workings: who the recipients are and in which language they read, the texts of the
 * notices bundle, and the mail sent after the commit (MicroProfile Config, Jakarta Mail).
 */
package kz.rudny.cabinet.domain.notifications.control;
