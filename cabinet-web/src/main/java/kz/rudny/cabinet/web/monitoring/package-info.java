/**
 * What a monitoring system scrapes and reads: a timer per page and API call, the request's id in the response and
 * in the logs, the sessions gauge, and the access rule of
 * {@code /metrics} (a bearer token from the configuration, and nobody else).
 */
package kz.rudny.cabinet.web.monitoring;
