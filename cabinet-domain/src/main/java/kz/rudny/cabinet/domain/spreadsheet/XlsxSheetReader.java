package kz.rudny.cabinet.domain.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of an XLSX workbook (Apache POI) as the text each cell shows. A numeric cell in
 * the General format gives its plain digits (a year 2019.0 is {@code 2019}, an ISBN typed as a number is
 * its 13 digits, never {@code 9.78509E+12}); a date cell gives the ISO date ({@code 2015-09-01}); other number
 * formats give what Excel would display.
 * Formulas are never evaluated: a formula cell gives the result Excel cached when the file was saved, and
 * a text cell starting with {@code = + - @} is just text.
 */
final class XlsxSheetReader implements SheetRows {

    private final XSSFWorkbook workbook;
    private final Iterator<Row> rows;
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

    private XlsxSheetReader(XSSFWorkbook workbook) {
        this.workbook = workbook;
        this.rows = workbook.getSheetAt(0).rowIterator();
    }

    /** No part of a catalogue workbook unpacks to more than this: a zip bomb is refused, not unpacked. */
    static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;

    static XlsxSheetReader open(InputStream in) throws SheetFileException {
        XSSFWorkbook workbook;
        try {
            ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
            workbook = new XSSFWorkbook(in);
        } catch (IOException | RuntimeException e) {
            // POI reports a broken, encrypted or non-spreadsheet ZIP with assorted runtime exceptions
            throw new SheetFileException(SheetFileException.UNREADABLE, e);
        }
        if (workbook.getNumberOfSheets() == 0) {
            closeQuietly(workbook);
            throw new SheetFileException(SheetFileException.EMPTY);
        }
        return new XlsxSheetReader(workbook);
    }

    @Override
    public SheetRow next() {
        if (!rows.hasNext()) {
            return null;
        }
        Row row = rows.next();
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
            cells.add(text(row.getCell(i)));
        }
        return new SheetRow(row.getRowNum() + 1, cells);
    }

    private String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> number(cell);
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default -> "";
        };
    }

    private String number(Cell cell) {
        if (DateUtil.isCellDateFormatted(cell)) { // a date as ISO 8601, never in a locale's ambiguous order
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        double value = cell.getNumericCellValue();
        short format = cell.getCellStyle().getDataFormat();
        String pattern = cell.getCellStyle().getDataFormatString();
        boolean general = format == 0 || pattern == null || "General".equalsIgnoreCase(pattern);
        if (general && Double.isFinite(value)) {
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
        return formatter.formatRawCellContents(value, format, pattern == null ? BuiltinFormats.getBuiltinFormat(0) : pattern);
    }

    @Override
    public void close() {
        closeQuietly(workbook);
    }

    private static void closeQuietly(XSSFWorkbook workbook) {
        try {
            workbook.close();
        } catch (IOException e) {
            // read-only: nothing was written that could be lost
        }
    }
}
