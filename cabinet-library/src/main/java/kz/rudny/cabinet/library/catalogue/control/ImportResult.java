package kz.rudny.cabinet.library.catalogue.control;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What an uploaded catalogue holds: the rows that can be taken and the reasons the others were refused.
 * Reading saves nothing. So that nothing is half-imported, the caller saves {@link #taken()} in one
 * transaction, or, when the user prefers, nothing until {@link #isClean()}.
 *
 * @param taken          the rows that passed, in file order
 * @param refusals       the problems of the refused rows, in file order
 * @param ignoredHeaders headers of columns that match no known column (their cells are not read)
 */
public record ImportResult(List<ImportedTitle> taken, List<RowRefusal> refusals, List<String> ignoredHeaders) {

    public ImportResult {
        taken = List.copyOf(taken);
        refusals = List.copyOf(refusals);
        ignoredHeaders = List.copyOf(ignoredHeaders);
    }

    /** The numbers of the refused rows, each once. */
    public SortedSet<Integer> refusedRows() {
        SortedSet<Integer> rows = new TreeSet<>();
        refusals.forEach(refusal -> rows.add(refusal.rowNumber()));
        return rows;
    }

    /** True when every non-blank row was taken. */
    public boolean isClean() {
        return refusals.isEmpty();
    }

    /** How many copies the taken rows would create. */
    public int copies() {
        return taken.stream().mapToInt(ImportedTitle::copies).sum();
    }
}
