/**
 * The reports' layouts: which indicators each report shows in which columns ({@code ReportLayouts}, the one place
 * to add an indicator), and the tables laid out in a language from the read model's figures ({@code ReportTables}).
 */
package kz.rudny.cabinet.reporting.reports.control;
