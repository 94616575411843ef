package kz.rudny.cabinet.domain.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;

/**
 * Writing text into exported spreadsheets so that no cell is ever read as a formula: a text that starts with
 * {@code = + - @} (or a tab or carriage return, which some programs strip before looking) gets a leading
 * apostrophe (the usual defence against formula injection, which survives a copy into CSV), and every text is a
 * plain string cell, never a formula. Otherwise the text reaches the file letter for letter (Kazakh included).
 */
public final class SafeCells {

    private SafeCells() {
    }

    /** The text as it is written into a cell: a leading formula character neutralised with a single quote. */
    public static String neutralised(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    /** Writes the text into the row's cell at {@code column} as a string cell, neutralised. */
    public static Cell text(Row row, int column, String text) {
        Cell cell = row.createCell(column);
        cell.setCellValue(neutralised(text));
        return cell;
    }

    /** Writes a number into the row's cell at {@code column}. */
    public static Cell number(Row row, int column, double value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        return cell;
    }
}
