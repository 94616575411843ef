package kz.rudny.cabinet.domain.spreadsheet;

import java.util.List;
import java.util.Map;

/**
 * An uploaded sheet with its header understood: where each known column is, how the file headed it, the
 * headers nobody knows (their cells are not read), and the data rows in file order (rows whose known cells
 * are all blank are left out).
 */
public final class SheetTable<C extends Enum<C> & SheetColumn> {

    private final Map<C, Integer> positions;
    private final Map<C, String> headers;
    private final List<String> ignoredHeaders;
    private final List<SheetRow> rows;

    SheetTable(Map<C, Integer> positions, Map<C, String> headers, List<String> ignoredHeaders, List<SheetRow> rows) {
        this.positions = Map.copyOf(positions);
        this.headers = Map.copyOf(headers);
        this.ignoredHeaders = List.copyOf(ignoredHeaders);
        this.rows = List.copyOf(rows);
    }

    public boolean has(C column) {
        return positions.containsKey(column);
    }

    /** The cell of a column in a row, as written; {@code ""} when the column is absent or the cell empty. */
    public String cell(SheetRow row, C column) {
        Integer position = positions.get(column);
        return position == null ? "" : row.cell(position);
    }

    /** The column's header as written in the file, or {@code ""} when the file has no such column. */
    public String header(C column) {
        return headers.getOrDefault(column, "");
    }

    public List<String> ignoredHeaders() {
        return ignoredHeaders;
    }

    public List<SheetRow> rows() {
        return rows;
    }
}
