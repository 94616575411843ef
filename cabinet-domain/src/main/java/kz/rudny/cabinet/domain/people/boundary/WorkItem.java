package kz.rudny.cabinet.domain.people.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One piece of a teacher's work as a module recorded it: what it was, the id of its record there ({@code ref}: the
 * event, the material, the meeting), its title in Kazakh and Russian as written (either may be missing) and its day.
 */
public record WorkItem(WorkKind kind, long ref, String titleKk, String titleRu, LocalDate day) implements Serializable {

    /** The title in the reader's language where written, else in the other. */
    public String title(Language language) {
        String first = language == Language.KK ? titleKk : titleRu;
        String other = language == Language.KK ? titleRu : titleKk;
        return first != null && !first.isBlank() ? first : other == null ? "" : other;
    }
}
