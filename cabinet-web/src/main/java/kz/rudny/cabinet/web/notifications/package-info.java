/** The notification bell in the page header and the person's inbox page. */
package kz.rudny.cabinet.web.notifications;
