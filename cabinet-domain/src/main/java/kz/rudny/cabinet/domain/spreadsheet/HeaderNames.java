package kz.rudny.cabinet.domain.spreadsheet;

import java.util.Locale;
import java.util.Optional;

/**
 * Finds the column a header cell names. Headers are compared after {@link #normalise(String)}: case,
 * surrounding spaces, repeated spaces, ё/е, a trailing asterisk, colon or full stop and an {@code _} for a
 * space do not matter. A bilingual header such as {@code Атауы / Название} is matched by any of its parts.
 */
public final class HeaderNames {

    private HeaderNames() {
    }

    /** The column among {@code columns} that a header cell names, if any. */
    public static <C extends SheetColumn> Optional<C> column(String header, C[] columns) {
        Optional<C> whole = byName(normalise(header), columns);
        if (whole.isPresent() || header == null || !header.contains("/")) {
            return whole;
        }
        for (String part : header.split("/")) {
            Optional<C> column = byName(normalise(part), columns);
            if (column.isPresent()) {
                return column;
            }
        }
        return Optional.empty();
    }

    private static <C extends SheetColumn> Optional<C> byName(String name, C[] columns) {
        for (C column : columns) {
            for (String known : column.headers()) {
                if (normalise(known).equals(name)) {
                    return Optional.of(column);
                }
            }
        }
        return Optional.empty();
    }

    /** Lower case, ё as е, {@code _} and no-break space as spaces, single spaces, no trailing {@code * : .}. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.replace('\u00A0', ' ').replace('_', ' ').toLowerCase(Locale.ROOT).replace('ё', 'е');
        return lower.replaceAll("[*:.]+\\s*$", "").replaceAll("\\s+", " ").strip();
    }
}
