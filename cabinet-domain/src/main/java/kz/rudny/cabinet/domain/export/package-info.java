/**
 * What every module's exports share: the embedded PDF fonts with the Kazakh letters ({@link
 * kz.rudny.cabinet.domain.export.PdfFonts}), spreadsheet cells that never become formulas ({@link
 * kz.rudny.cabinet.domain.export.SafeCells}), and reports made of tables written as XLSX or PDF ({@link
 * kz.rudny.cabinet.domain.export.TableReport}).
 */
package kz.rudny.cabinet.domain.export;
