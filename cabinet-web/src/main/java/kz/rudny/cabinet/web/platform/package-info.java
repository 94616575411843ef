/**
 * The web module's start: the data source it declares, starting the platform when the application is deployed,
 * and the readiness probe.
 */
package kz.rudny.cabinet.web.platform;
