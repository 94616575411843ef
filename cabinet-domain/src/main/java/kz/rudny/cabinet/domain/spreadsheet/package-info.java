/**
 * Reading uploaded spreadsheets, shared by every importer (the library's catalogue, the school's staff):
 * XLSX (first sheet, Apache POI, bounded unpacking, formulas never evaluated) and UTF-8 CSV (comma,
 * semicolon or tab), a header row matched in English, Russian or Kazakh, a cap on the rows, and whole-file
 * problems as message keys. Interpreting the cells is the importer's business.
 */
package kz.rudny.cabinet.domain.spreadsheet;
