/**
 * The Reporting module: the district's figures of every school side by side (the dashboard), from a read model of
 * its own (district-level summary tables), counted by each module inside the school's tenant filter and refreshed by
 * the modules' facts as they commit; never a school's data read across schools; and the education department's
 * reports (XLSX/PDF) made from it. The best-practice exchange is to come.
 */
package kz.rudny.cabinet.reporting;
