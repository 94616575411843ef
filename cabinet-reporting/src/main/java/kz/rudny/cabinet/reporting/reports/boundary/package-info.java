/**
 * The department's reports: the standard tables the town's education department asks for, as XLSX or PDF in Kazakh
 * or Russian, for the district (a line per school, the total) or for one school, made from the read model only.
 */
package kz.rudny.cabinet.reporting.reports.boundary;
