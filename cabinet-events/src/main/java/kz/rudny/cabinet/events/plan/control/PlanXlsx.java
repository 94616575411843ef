package kz.rudny.cabinet.events.plan.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import kz.rudny.cabinet.domain.calendar.Quarter;
import kz.rudny.cabinet.domain.export.SafeCells;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.events.plan.boundary.ExportLayout;
import kz.rudny.cabinet.events.plan.boundary.PlanItemView;
import kz.rudny.cabinet.events.plan.boundary.PlanView;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The plan as an XLSX workbook laid out like the paper plan: the title, the school, the fulfilment line, then
 * the table (№, activity, kind, term, responsible, form of the result, mark of execution), with a heading row per
 * quarter or in one list by term. Every text goes through {@link SafeCells}: nothing typed becomes a formula.
 */
@ApplicationScoped
public class PlanXlsx {

    static final int COLUMNS = 7;

    public byte[] write(PlanView plan, Language language, ExportLayout layout) {
        PlanWords words = PlanWords.in(language);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(words.text("sheet", plan.year().toString()));
            CellStyle bold = style(book, true, false);
            CellStyle header = style(book, true, true);
            CellStyle cell = style(book, false, true);
            int r = 0;
            Row title = sheet.createRow(r++);
            SafeCells.text(title, 0, words.title(plan)).setCellStyle(bold);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS - 1));
            SafeCells.text(sheet.createRow(r++), 0, words.text("school", plan.schoolName()));
            SafeCells.text(sheet.createRow(r++), 0, words.fulfilment(plan));
            r++;
            Row head = sheet.createRow(r++);
            String[] columns = {"col.number", "col.title", "col.kind", "col.term", "col.responsible", "col.result",
                    "col.mark"};
            for (int c = 0; c < columns.length; c++) {
                SafeCells.text(head, c, words.text(columns[c])).setCellStyle(header);
            }
            int number = 1;
            if (layout == ExportLayout.BY_QUARTER) {
                for (Quarter q : Quarter.values()) {
                    List<PlanItemView> items = plan.items().stream().filter(i -> i.term().quarter() == q).toList();
                    Row qRow = sheet.createRow(r);
                    SafeCells.text(qRow, 0, words.quarter(q.number())).setCellStyle(bold);
                    sheet.addMergedRegion(new CellRangeAddress(r, r, 0, COLUMNS - 1));
                    r++;
                    for (PlanItemView item : items) {
                        item(sheet.createRow(r++), number++, item, words, cell);
                    }
                }
            } else {
                for (PlanItemView item : plan.items()) {
                    item(sheet.createRow(r++), number++, item, words, cell);
                }
            }
            int[] widths = {6, 50, 22, 16, 28, 30, 34};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void item(Row row, int number, PlanItemView item, PlanWords words, CellStyle style) {
        SafeCells.number(row, 0, number).setCellStyle(style);
        SafeCells.text(row, 1, item.title()).setCellStyle(style);
        SafeCells.text(row, 2, words.kind(item)).setCellStyle(style);
        SafeCells.text(row, 3, words.term(item.term())).setCellStyle(style);
        SafeCells.text(row, 4, item.responsibleName()).setCellStyle(style);
        SafeCells.text(row, 5, item.expectedResult()).setCellStyle(style);
        SafeCells.text(row, 6, words.mark(item)).setCellStyle(style);
    }

    private static CellStyle style(XSSFWorkbook book, boolean bold, boolean bordered) {
        CellStyle style = book.createCellStyle();
        if (bold) {
            Font font = book.createFont();
            font.setBold(true);
            style.setFont(font);
        }
        if (bordered) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setWrapText(true);
        }
        return style;
    }
}
