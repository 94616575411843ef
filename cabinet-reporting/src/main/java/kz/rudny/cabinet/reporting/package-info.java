/**
 * The Reporting module (to come): the district dashboard comparing schools, department reports (XLSX and PDF
 * in Kazakh or Russian) and the best-practice exchange feed. It reads its own summary tables (a read model),
 * never a school's data through another school's filter.
 */
package kz.rudny.cabinet.reporting;
