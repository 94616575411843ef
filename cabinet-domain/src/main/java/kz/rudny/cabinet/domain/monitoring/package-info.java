/**
 * Watching the application run: the gauges a monitoring system scrapes from {@code /metrics} (MicroProfile
 * Metrics, Prometheus text) and the request's id that every log record of a request carries. Any module adds a
 * gauge with one line ({@link kz.rudny.cabinet.domain.monitoring.Gauges#register}); the request timers and the
 * request id are set by the web module's filters.
 */
package kz.rudny.cabinet.domain.monitoring;
