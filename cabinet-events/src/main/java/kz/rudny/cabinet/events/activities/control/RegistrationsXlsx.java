package kz.rudny.cabinet.events.activities.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import kz.rudny.cabinet.domain.calendar.PaperDates;
import kz.rudny.cabinet.domain.export.ExportTexts;
import kz.rudny.cabinet.domain.export.SafeCells;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.events.activities.boundary.ActivityView;
import kz.rudny.cabinet.events.activities.boundary.RegistrationView;
import kz.rudny.cabinet.events.activities.boundary.SeatStatus;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The organiser's list of an event as an XLSX workbook: the event's title and time, then one row per person
 * (№, name, school, position, place or number in the queue, registered at, present). Numbers are numbers; every
 * text goes through {@link SafeCells}, so nothing a person typed becomes a formula.
 */
@ApplicationScoped
public class RegistrationsXlsx {

    private static final String WORDS = "kz.rudny.cabinet.events.activities.control.registrations-export";

    /** {@code zone}: the school time zone the stored UTC times of registration are shown in. */
    public byte[] write(ActivityView activity, List<RegistrationView> rows, Language language, ZoneId zone) {
        ExportTexts words = ExportTexts.of(WORDS, language, RegistrationsXlsx.class.getClassLoader());
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(words.text("sheet"));
            CellStyle bold = style(book, true, false);
            CellStyle header = style(book, true, true);
            CellStyle cell = style(book, false, true);
            int r = 0;
            SafeCells.text(sheet.createRow(r++), 0, activity.title(language == Language.KK)).setCellStyle(bold);
            SafeCells.text(sheet.createRow(r++), 0, words.text("when", activity.startsAt().format(PaperDates.DAY_AND_TIME),
                    String.valueOf(activity.taken()), String.valueOf(activity.capacity()),
                    String.valueOf(activity.waiting())));
            r++;
            Row head = sheet.createRow(r++);
            String[] columns = {"col.number", "col.name", "col.school", "col.position", "col.seat", "col.registeredAt",
                    "col.attended"};
            for (int c = 0; c < columns.length; c++) {
                SafeCells.text(head, c, words.text(columns[c])).setCellStyle(header);
            }
            int number = 1;
            for (RegistrationView v : rows) {
                Row row = sheet.createRow(r++);
                SafeCells.number(row, 0, number++).setCellStyle(cell);
                SafeCells.text(row, 1, v.fullName()).setCellStyle(cell);
                SafeCells.text(row, 2, v.schoolName()).setCellStyle(cell);
                SafeCells.text(row, 3, v.positionTitle()).setCellStyle(cell);
                SafeCells.text(row, 4, v.status() == SeatStatus.WAITING ? words.text("seat.waiting", v.queueNo())
                        : words.text("seat.registered")).setCellStyle(cell);
                SafeCells.text(row, 5, v.registeredAt() == null ? "" : v.registeredAt().atOffset(ZoneOffset.UTC)
                        .atZoneSameInstant(zone).format(PaperDates.DAY_AND_TIME))
                        .setCellStyle(cell);
                SafeCells.text(row, 6, v.attended() == null ? "" : words.text(v.attended() ? "present" : "absent"))
                        .setCellStyle(cell);
            }
            int[] widths = {6, 34, 30, 26, 18, 18, 14};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
