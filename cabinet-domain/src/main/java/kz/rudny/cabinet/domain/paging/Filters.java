package kz.rudny.cabinet.domain.paging;

import java.util.Locale;

/** Turns a user's filter text into a LIKE pattern that matches it literally, anywhere, case-insensitively. */
public final class Filters {
    private Filters() {
    }

    public static String containsPattern(String filter) {
        String escaped = filter.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
