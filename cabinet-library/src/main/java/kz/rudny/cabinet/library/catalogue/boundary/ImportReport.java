package kz.rudny.cabinet.library.catalogue.boundary;

import java.io.Serializable;
import java.util.List;

/** What an import did: titles and copies created, and each refused row with the column and the reason. */
public record ImportReport(int titlesTaken, int copiesCreated, List<Refused> refused, List<String> ignoredHeaders)
        implements Serializable {

    /** A refused row: its number in the file, the column as headed there, and a message key. */
    public record Refused(int row, String column, String messageKey) implements Serializable {
    }

    public ImportReport {
        refused = List.copyOf(refused);
        ignoredHeaders = List.copyOf(ignoredHeaders);
    }
}
