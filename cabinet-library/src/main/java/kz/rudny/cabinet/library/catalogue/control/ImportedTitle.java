package kz.rudny.cabinet.library.catalogue.control;

import java.util.List;
import kz.rudny.cabinet.library.catalogue.boundary.TitleForm;

/**
 * A catalogue row that was taken: a title ready to save with its copies.
 *
 * @param rowNumber        the row in the file (the header is row 1 when it is the first row)
 * @param title            the bibliographic fields; {@code isbn} is normalised to 13 digits, {@code subjectId} is left null
 * @param subjectCode      the subject code as written (e.g. {@code PHYSICS}), or null; the caller resolves it
 * @param inventoryNumbers the inventory numbers as written, in file order; empty when the file gave none
 * @param copies           how many copies to create: the number of inventory numbers when given, else the
 *                         copies cell, else 1
 */
public record ImportedTitle(int rowNumber, TitleForm title, String subjectCode, List<String> inventoryNumbers,
                            int copies) {

    public ImportedTitle {
        inventoryNumbers = List.copyOf(inventoryNumbers);
    }
}
