package kz.rudny.cabinet.domain.spreadsheet;

import java.util.List;

/**
 * One row of an uploaded sheet as text cells, before any column is interpreted.
 *
 * @param number the row number the user sees: the spreadsheet row, or the CSV record counted from 1 (the
 *               header), so a quoted field with line breaks does not shift the numbers of later rows
 * @param cells  the cells in file order, never null (a missing cell is {@code ""})
 */
public record SheetRow(int number, List<String> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
