/**
 * Notifications: what concerns a person (a material approved or returned, and later a decision assigned, an event
 * moved), in their inbox and, where the district configured a mail server, by e-mail.
 *
 * <p>Modules send through {@link kz.rudny.cabinet.domain.notifications.boundary.Notifications} with a
 * {@link kz.rudny.cabinet.domain.notifications.boundary.Notice} (a message key, its arguments, a link inside the
 * application), in their own transaction: a rollback leaves no notification and sends no mail; mail leaves after
 * the commit. The text is rendered in the reader's language when read. People read their own through
 * {@link kz.rudny.cabinet.domain.notifications.boundary.Inbox}, and nobody else's, whatever id they pass.
 */
package kz.rudny.cabinet.domain.notifications.boundary;
