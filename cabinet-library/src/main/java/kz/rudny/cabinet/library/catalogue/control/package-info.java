/**
 * The rules behind the catalogue: the school's holdings through the tenant filter, loan rules, reservation
 * queues (a deactivated person leaves them), the spreadsheet import (CSV and XLSX readers, header words in three
 * languages, row by row checks), and keeping titles in the search index.
 */
package kz.rudny.cabinet.library.catalogue.control;
