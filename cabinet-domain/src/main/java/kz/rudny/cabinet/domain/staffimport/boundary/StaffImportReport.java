package kz.rudny.cabinet.domain.staffimport.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * What a staff import did: the people created with their first passwords (to be handed out once: the report is
 * the only place they exist in clear), and each refused row with the column, the reason and the value at fault.
 */
public record StaffImportReport(List<Created> created, List<Refused> refused, List<String> ignoredHeaders)
        implements Serializable {

    /** A person created: the row, name, username, and the first password to hand over. */
    public record Created(int row, String fullName, String username, String firstPassword) implements Serializable {

        @Override
        public String toString() { // never in a log by accident
            return "Created[row=" + row + ", username=" + username + "]";
        }
    }

    /** A refused row: its number in the file, the column as headed there, a message key and the value at fault. */
    public record Refused(int row, String column, String messageKey, String value) implements Serializable {
    }

    public StaffImportReport {
        created = List.copyOf(created);
        refused = List.copyOf(refused);
        ignoredHeaders = List.copyOf(ignoredHeaders);
    }

    /** How many rows were refused (a row may have several reasons). */
    public long refusedRows() {
        return refused.stream().mapToInt(Refused::row).distinct().count();
    }
}
