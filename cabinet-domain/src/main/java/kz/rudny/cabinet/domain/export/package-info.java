/**
 * What every module's exports share: the embedded PDF fonts with the Kazakh letters ({@link
 * kz.rudny.cabinet.domain.export.PdfFonts}) and spreadsheet cells that never become formulas ({@link
 * kz.rudny.cabinet.domain.export.SafeCells}).
 */
package kz.rudny.cabinet.domain.export;
