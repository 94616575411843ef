package kz.rudny.cabinet.domain.spreadsheet;

/** The rows of an uploaded sheet, read one at a time so that an oversized file is stopped early. */
public interface SheetRows extends AutoCloseable {

    /** The next row (blank rows included), or null after the last one. */
    SheetRow next() throws SheetFileException;

    @Override
    void close();
}
