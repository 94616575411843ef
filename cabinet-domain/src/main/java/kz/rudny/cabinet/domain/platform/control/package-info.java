/**
 * What start-up does, in order: wait for the database, run every module's Flyway migrations, then load the demo
 * data or create the first administrator. Internal to the domain; {@code platform.boundary.Platform} runs it.
 */
package kz.rudny.cabinet.domain.platform.control;
