/**
 * Starting the platform: schema migrations (Flyway), demo data or the first administrator, the readiness
 * of the database, and the configuration keys (MicroProfile Config) with their defaults.
 */
package kz.rudny.cabinet.domain.platform.boundary;
