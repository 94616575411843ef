package kz.rudny.cabinet.domain.spreadsheet;

import java.util.List;

/** A column an importer knows, implemented by the importer's enum of columns. */
public interface SheetColumn {

    /** The header names the column is known by, English first, then Russian and Kazakh, as documented for users. */
    List<String> headers();
}
