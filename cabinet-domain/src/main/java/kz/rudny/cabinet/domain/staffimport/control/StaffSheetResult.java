package kz.rudny.cabinet.domain.staffimport.control;

import java.util.List;

/**
 * What an uploaded staff list holds: the people that can be taken and the reasons the other rows were
 * refused. Reading saves nothing; the caller saves {@link #taken()} in one transaction.
 *
 * @param taken          the rows that passed, in file order
 * @param refusals       the problems of the refused rows, in file order
 * @param ignoredHeaders headers of columns that match no known column (their cells are not read)
 */
public record StaffSheetResult(List<ImportedPerson> taken, List<StaffRowRefusal> refusals,
                               List<String> ignoredHeaders) {

    public StaffSheetResult {
        taken = List.copyOf(taken);
        refusals = List.copyOf(refusals);
        ignoredHeaders = List.copyOf(ignoredHeaders);
    }
}
