package kz.rudny.cabinet.library.catalogue.control;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an uploaded catalogue (XLSX or CSV, told apart by their first bytes, not by the file name) into
 * the rows that can be taken and the rows refused with their reasons. The first non-blank row is the
 * header; columns are found by {@link ImportColumn} names in any order, unknown columns are ignored, and
 * only the title column is required. Rows whose known cells are all blank are skipped. Saves nothing.
 *
 * <p>Whole-file problems throw {@link ImportFileException}: not XLSX nor UTF-8 CSV, empty (no header or no
 * data row), unreadable, no title column, two columns for the same field, more than {@value #MAX_ROWS}
 * data rows.
 */
public final class CatalogueSheet {

    /** The most data rows one file may have (blank rows not counted). */
    public static final int MAX_ROWS = 5_000;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final int SNIFF_BYTES = 512;

    private CatalogueSheet() {
    }

    /** Reads the whole stream; does not close it. */
    public static ImportResult read(InputStream upload) throws ImportFileException {
        BufferedInputStream in = new BufferedInputStream(upload);
        try (SheetRows rows = open(in)) {
            return read(rows);
        }
    }

    private static SheetRows open(BufferedInputStream in) throws ImportFileException {
        byte[] head = sniff(in);
        if (head.length == 0) {
            throw new ImportFileException(ImportFileException.EMPTY);
        }
        if (startsWith(head, ZIP)) {
            return XlsxSheetReader.open(in);
        }
        if (startsWith(head, OLE2) || startsWith(head, "%PDF".getBytes()) || contains(head, (byte) 0)) {
            throw new ImportFileException(ImportFileException.FORMAT);
        }
        return CsvSheetReader.open(in);
    }

    private static ImportResult read(SheetRows rows) throws ImportFileException {
        SheetRow header = rows.next();
        while (header != null && header.isBlank()) {
            header = rows.next();
        }
        if (header == null) {
            throw new ImportFileException(ImportFileException.EMPTY);
        }
        Map<ImportColumn, Integer> positions = new EnumMap<>(ImportColumn.class);
        Map<ImportColumn, String> headers = new EnumMap<>(ImportColumn.class);
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cell(i).strip();
            Optional<ImportColumn> column = ImportColumn.byHeader(name);
            if (column.isEmpty()) {
                if (!name.isEmpty()) {
                    ignored.add(name);
                }
            } else if (positions.putIfAbsent(column.get(), i) != null) {
                throw new ImportFileException(ImportFileException.DUPLICATE_COLUMN, name);
            } else {
                headers.put(column.get(), name);
            }
        }
        if (!positions.containsKey(ImportColumn.TITLE)) {
            throw new ImportFileException(ImportFileException.TITLE_COLUMN_MISSING);
        }
        ImportRowMapper mapper = new ImportRowMapper(positions, headers);
        List<ImportedTitle> taken = new ArrayList<>();
        List<RowRefusal> refusals = new ArrayList<>();
        int dataRows = 0;
        for (SheetRow row = rows.next(); row != null; row = rows.next()) {
            if (mapper.isBlank(row)) {
                continue;
            }
            if (++dataRows > MAX_ROWS) {
                throw new ImportFileException(ImportFileException.TOO_MANY_ROWS, MAX_ROWS);
            }
            mapper.map(row, taken, refusals);
        }
        if (dataRows == 0) {
            throw new ImportFileException(ImportFileException.EMPTY);
        }
        return new ImportResult(taken, refusals, ignored);
    }

    private static byte[] sniff(BufferedInputStream in) throws ImportFileException {
        try {
            in.mark(SNIFF_BYTES);
            byte[] head = in.readNBytes(SNIFF_BYTES);
            in.reset();
            return head;
        } catch (IOException e) {
            throw new ImportFileException(ImportFileException.UNREADABLE, e);
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
