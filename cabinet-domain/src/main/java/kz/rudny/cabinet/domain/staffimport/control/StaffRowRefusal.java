package kz.rudny.cabinet.domain.staffimport.control;

/**
 * One reason a staff row was refused; a row with several problems has several.
 *
 * @param rowNumber  the row in the file
 * @param column     the column at fault
 * @param header     that column's header as written in the file ({@code ""} when the file has no such column)
 * @param messageKey the reason, a key of {@code ValidationMessages}
 * @param value      the word or cell at fault, as written (shortened), or {@code ""}
 */
public record StaffRowRefusal(int rowNumber, StaffColumn column, String header, String messageKey, String value) {
}
