package kz.rudny.cabinet.domain.spreadsheet;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an uploaded spreadsheet (XLSX or CSV, told apart by their first bytes, not by the file name) into a
 * {@link SheetTable}: the first non-blank row is the header, whose cells name the importer's columns in any
 * order and language ({@link HeaderNames}); unknown columns are ignored. Cells are text as the file shows
 * them: nothing is evaluated, and a cell starting with {@code = + - @} is just text. Saves nothing.
 *
 * <p>Whole-file problems throw {@link SheetFileException}: not XLSX nor UTF-8 CSV, empty (no header or no
 * data row), unreadable, a required column missing, two columns for the same field, more data rows than the
 * importer allows. A workbook part that would unpack to more than {@value XlsxSheetReader#MAX_ENTRY_BYTES}
 * bytes is refused, not unpacked.
 */
public final class Spreadsheet {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final int SNIFF_BYTES = 512;

    private Spreadsheet() {
    }

    /**
     * Reads the whole stream; does not close it.
     *
     * @param columns  the importer's columns
     * @param required each column the header must have, with the message key that says it is missing
     * @param maxRows  the most data rows the file may have (blank rows not counted)
     */
    public static <C extends Enum<C> & SheetColumn> SheetTable<C> read(InputStream upload, Class<C> columns,
            Map<C, String> required, int maxRows) throws SheetFileException {
        BufferedInputStream in = new BufferedInputStream(upload);
        try (SheetRows rows = open(in)) {
            return read(rows, columns, required, maxRows);
        }
    }

    private static SheetRows open(BufferedInputStream in) throws SheetFileException {
        byte[] head = sniff(in);
        if (head.length == 0) {
            throw new SheetFileException(SheetFileException.EMPTY);
        }
        if (startsWith(head, ZIP)) {
            return XlsxSheetReader.open(in);
        }
        if (startsWith(head, OLE2) || startsWith(head, "%PDF".getBytes()) || contains(head, (byte) 0)) {
            throw new SheetFileException(SheetFileException.FORMAT);
        }
        return CsvSheetReader.open(in);
    }

    private static <C extends Enum<C> & SheetColumn> SheetTable<C> read(SheetRows rows, Class<C> columns,
            Map<C, String> required, int maxRows) throws SheetFileException {
        SheetRow header = rows.next();
        while (header != null && header.isBlank()) {
            header = rows.next();
        }
        if (header == null) {
            throw new SheetFileException(SheetFileException.EMPTY);
        }
        Map<C, Integer> positions = new EnumMap<>(columns);
        Map<C, String> headers = new EnumMap<>(columns);
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cell(i).strip();
            Optional<C> column = HeaderNames.column(name, columns.getEnumConstants());
            if (column.isEmpty()) {
                if (!name.isEmpty()) {
                    ignored.add(name);
                }
            } else if (positions.putIfAbsent(column.get(), i) != null) {
                throw new SheetFileException(SheetFileException.DUPLICATE_COLUMN, name);
            } else {
                headers.put(column.get(), name);
            }
        }
        for (Map.Entry<C, String> column : new EnumMap<>(required).entrySet()) {
            if (!positions.containsKey(column.getKey())) {
                throw new SheetFileException(column.getValue());
            }
        }
        List<SheetRow> data = new ArrayList<>();
        for (SheetRow row = rows.next(); row != null; row = rows.next()) {
            if (isBlank(row, positions.values())) {
                continue;
            }
            if (data.size() >= maxRows) {
                throw new SheetFileException(SheetFileException.TOO_MANY_ROWS, maxRows);
            }
            data.add(row);
        }
        if (data.isEmpty()) {
            throw new SheetFileException(SheetFileException.EMPTY);
        }
        return new SheetTable<>(positions, headers, ignored, data);
    }

    /** A row whose known cells are all blank is skipped, not refused. */
    private static boolean isBlank(SheetRow row, Collection<Integer> positions) {
        return positions.stream().allMatch(i -> row.cell(i).isBlank());
    }

    private static byte[] sniff(BufferedInputStream in) throws SheetFileException {
        try {
            in.mark(SNIFF_BYTES);
            byte[] head = in.readNBytes(SNIFF_BYTES);
            in.reset();
            return head;
        } catch (IOException e) {
            throw new SheetFileException(SheetFileException.UNREADABLE, e);
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    private static boolean contains(byte[] head, byte value) {
        for (byte b : head) {
            if (b == value) {
                return true;
            }
        }
        return false;
    }
}
