package kz.rudny.cabinet.library.catalogue.control;

/** The rows of an uploaded sheet, read one at a time so that an oversized file is stopped early. */
interface SheetRows extends AutoCloseable {

    /** The next row (blank rows included), or null after the last one. */
    SheetRow next() throws ImportFileException;

    @Override
    void close();
}
