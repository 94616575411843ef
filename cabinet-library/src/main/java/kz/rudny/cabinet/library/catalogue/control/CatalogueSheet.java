package kz.rudny.cabinet.library.catalogue.control;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.rudny.cabinet.domain.spreadsheet.SheetFileException;
import kz.rudny.cabinet.domain.spreadsheet.SheetRow;
import kz.rudny.cabinet.domain.spreadsheet.SheetTable;
import kz.rudny.cabinet.domain.spreadsheet.Spreadsheet;

/**
 * Reads an uploaded catalogue (XLSX or CSV, through the domain's {@link Spreadsheet}) into the rows that can
 * be taken and the rows refused with their reasons. Columns are the {@link ImportColumn}s; only the title
 * column is required. Saves nothing.
 *
 * <p>Whole-file problems throw {@link SheetFileException}: those of {@link Spreadsheet}, no title column
 * ({@value #TITLE_COLUMN_MISSING}), more than {@value #MAX_ROWS} data rows.
 */
public final class CatalogueSheet {

    /** The most data rows one file may have (blank rows not counted). */
    public static final int MAX_ROWS = 5_000;

    static final String TITLE_COLUMN_MISSING = "import.header.titleMissing";

    private CatalogueSheet() {
    }

    /** Reads the whole stream; does not close it. */
    public static ImportResult read(InputStream upload) throws SheetFileException {
        SheetTable<ImportColumn> table = Spreadsheet.read(upload, ImportColumn.class,
                Map.of(ImportColumn.TITLE, TITLE_COLUMN_MISSING), MAX_ROWS);
        ImportRowMapper mapper = new ImportRowMapper(table);
        List<ImportedTitle> taken = new ArrayList<>();
        List<RowRefusal> refusals = new ArrayList<>();
        for (SheetRow row : table.rows()) {
            mapper.map(row, taken, refusals);
        }
        return new ImportResult(taken, refusals, table.ignoredHeaders());
    }
}
