/**
 * A notification as stored: recipient, message key and arguments, link, when sent and when read. Internal to the
 * notifications feature; modules send through {@code notifications.boundary.Notifications}, people read through
 * {@code notifications.boundary.Inbox}.
 */
package kz.rudny.cabinet.domain.notifications.entity;
