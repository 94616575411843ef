package kz.rudny.cabinet.web.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import kz.rudny.cabinet.domain.audit.boundary.AuditChangeView;
import kz.rudny.cabinet.domain.audit.boundary.AuditEntryView;
import kz.rudny.cabinet.domain.calendar.PaperDates;
import kz.rudny.cabinet.web.support.Texts;

/**
 * Says what an audit entry changed, in the reader's language: each field by its name from the bundles, enum
 * values through their keys, subjects by name, dates as dates. Entries from before the trail was structured
 * show their free text as it was written.
 */
final class AuditTexts {

    private static final String EMPTY = "—";

    private final Locale locale;
    private final Map<Long, String> subjectNames;

    AuditTexts(Locale locale, Map<Long, String> subjectNames) {
        this.locale = locale;
        this.subjectNames = subjectNames;
    }

    /** One line per changed field ("Language: «Қазақша» → «Русский»"), or the legacy free text. */
    List<String> lines(AuditEntryView entry) {
        if (entry.changes().isEmpty()) {
            return entry.details() == null || entry.details().isBlank() ? List.of() : List.of(entry.details());
        }
        return entry.changes().stream().map(this::line).toList();
    }

    private String line(AuditChangeView change) {
        String field = Texts.ui(locale, "audit.field." + change.field());
        return change.changed() ? field + ": " + value(change, change.before()) + " → " + value(change, change.after())
                : field + ": " + value(change, change.after());
    }

    private String value(AuditChangeView change, String stored) {
        if (stored == null || stored.isEmpty()) {
            return EMPTY;
        }
        String shown = switch (change.kind()) {
            case TEXT -> stored;
            case KEY -> parts(stored).map(key -> Texts.ui(locale, key)).collect(Collectors.joining(", "));
            case SUBJECTS -> parts(stored).map(this::subject).collect(Collectors.joining(", "));
            case DATE -> date(stored);
            case FLAG -> Texts.ui(locale, Boolean.parseBoolean(stored) ? "action.yes" : "action.no");
        };
        return "«" + shown + "»";
    }

    private String subject(String id) {
        try {
            return subjectNames.getOrDefault(Long.valueOf(id), id);
        } catch (NumberFormatException e) {
            return id;
        }
    }

    private static String date(String iso) {
        try {
            return LocalDate.parse(iso).format(PaperDates.DAY);
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    private static java.util.stream.Stream<String> parts(String stored) {
        return Arrays.stream(stored.split(",")).filter(s -> !s.isBlank());
    }
}
