/** The dashboard's pages: the district's schools side by side, a school's own figures with the district average. */
package kz.rudny.cabinet.web.reporting;
