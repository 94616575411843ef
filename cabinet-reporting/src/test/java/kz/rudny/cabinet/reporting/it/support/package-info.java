/** The reporting module's test deployment. */
package kz.rudny.cabinet.reporting.it.support;
