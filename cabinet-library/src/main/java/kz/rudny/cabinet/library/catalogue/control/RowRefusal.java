package kz.rudny.cabinet.library.catalogue.control;

/**
 * One reason a catalogue row was refused. A row with several problems has several refusals.
 *
 * @param rowNumber  the row in the file
 * @param column     the column at fault
 * @param header     that column's header as written in the file
 * @param messageKey the reason, e.g. {@code import.isbn.invalid} (see {@link ImportRowMapper} for all keys)
 */
public record RowRefusal(int rowNumber, ImportColumn column, String header, String messageKey) {
}
