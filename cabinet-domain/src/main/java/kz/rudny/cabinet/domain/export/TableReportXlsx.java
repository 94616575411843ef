package kz.rudny.cabinet.domain.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A {@link TableReport} as an XLSX workbook of one sheet: the title and the heading lines, then each section's
 * caption, its header row and its lines in bordered cells, a total line in bold. Texts go through {@link SafeCells}
 * (nothing becomes a formula, Kazakh letters intact); counts and shares are numeric cells (shares with one decimal).
 */
public final class TableReportXlsx {

    private TableReportXlsx() {
    }

    public static byte[] write(TableReport report) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(report.title()));
            Styles styles = new Styles(book);
            int widest = report.sections().stream().mapToInt(s -> s.columns().size()).max().orElse(1);
            int r = 0;
            Row title = sheet.createRow(r);
            SafeCells.text(title, 0, report.title()).setCellStyle(styles.bold);
            if (widest > 1) {
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, widest - 1));
            }
            r++;
            for (String line : report.heading()) {
                SafeCells.text(sheet.createRow(r++), 0, line);
            }
            for (TableReport.Section section : report.sections()) {
                r++;
                SafeCells.text(sheet.createRow(r++), 0, section.caption()).setCellStyle(styles.bold);
                Row head = sheet.createRow(r++);
                for (int c = 0; c < section.columns().size(); c++) {
                    SafeCells.text(head, c, section.columns().get(c)).setCellStyle(styles.header);
                }
                for (TableReport.Line line : section.lines()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < line.cells().size(); c++) {
                        cell(row, c, line.cells().get(c), line.total(), styles);
                    }
                }
            }
            sheet.setColumnWidth(0, 40 * 256);
            for (int c = 1; c < widest; c++) {
                sheet.setColumnWidth(c, 16 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(Row row, int column, Object value, boolean total, Styles styles) {
        Cell cell;
        if (value instanceof Long count) {
            cell = SafeCells.number(row, column, count);
            cell.setCellStyle(total ? styles.totalCount : styles.count);
        } else if (value instanceof Double share) {
            cell = SafeCells.number(row, column, share);
            cell.setCellStyle(total ? styles.totalShare : styles.share);
        } else {
            cell = SafeCells.text(row, column, (String) value);
            cell.setCellStyle(total ? styles.totalText : styles.text);
        }
    }

    /** The few cell styles of a report (a workbook holds a limited number: made once per workbook). */
    private static final class Styles {
        final CellStyle bold;
        final CellStyle header;
        final CellStyle text;
        final CellStyle count;
        final CellStyle share;
        final CellStyle totalText;
        final CellStyle totalCount;
        final CellStyle totalShare;

        Styles(XSSFWorkbook book) {
            Font boldFont = book.createFont();
            boldFont.setBold(true);
            bold = book.createCellStyle();
            bold.setFont(boldFont);
            header = bordered(book, boldFont, null);
            header.setWrapText(true);
            text = bordered(book, null, null);
            count = bordered(book, null, "0");
            share = bordered(book, null, "0.0");
            totalText = bordered(book, boldFont, null);
            totalCount = bordered(book, boldFont, "0");
            totalShare = bordered(book, boldFont, "0.0");
        }

        private static CellStyle bordered(XSSFWorkbook book, Font font, String format) {
            CellStyle style = book.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            if (font != null) {
                style.setFont(font);
            }
            if (format != null) {
                style.setDataFormat(book.createDataFormat().getFormat(format));
            }
            return style;
        }
    }
}
