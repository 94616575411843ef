package kz.rudny.cabinet.library.catalogue.control;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of an imported catalogue and the header names each is known by, in English, Russian and
 * Kazakh. Headers are compared after {@link #normalise(String)}: case, surrounding spaces, repeated spaces,
 * ё/е, a trailing asterisk, colon or full stop and an {@code _} for a space do not matter. A bilingual
 * header such as {@code Атауы / Название} is matched by any of its parts.
 */
public enum ImportColumn {
    TITLE("title", "название", "наименование", "заглавие", "атауы", "атау"),
    AUTHORS("authors", "author", "авторы", "автор", "авторлары"),
    PUBLISHER("publisher", "издательство", "издатель", "баспа", "баспасы"),
    YEAR("year", "publication year", "год", "год издания", "жылы", "жыл", "шыққан жылы", "басылған жылы"),
    ISBN("isbn"),
    LANGUAGE("language", "язык", "тілі", "тіл"),
    TYPE("type", "тип", "вид", "вид издания", "түрі", "басылым түрі"),
    SUBJECT("subject code", "subject", "предмет", "код предмета", "пән", "пән коды"),
    GRADES("grades", "grade", "классы", "класс", "сыныптар", "сынып"),
    SHELF("shelf", "shelf place", "полка", "место на полке", "сөре", "сөредегі орны"),
    ANNOTATION("annotation", "аннотация", "аңдатпа"),
    COPIES("copies", "number of copies", "экземпляры", "количество экземпляров", "кол-во экземпляров", "дана",
            "данасы", "дана саны"),
    INVENTORY("inventory numbers", "inventory number", "inventory", "инвентарные номера", "инвентарный номер",
            "инв. номера", "түгендеу нөмірлері", "түгендеу нөмірі");

    private final List<String> headers;

    ImportColumn(String... headers) {
        this.headers = List.of(headers);
    }

    /** The header names this column is known by, English first, as documented for users. */
    public List<String> headers() {
        return headers;
    }

    /** The column a header cell names, if any. */
    public static Optional<ImportColumn> byHeader(String header) {
        Optional<ImportColumn> whole = byName(normalise(header));
        if (whole.isPresent() || header == null || !header.contains("/")) {
            return whole;
        }
        for (String part : header.split("/")) {
            Optional<ImportColumn> column = byName(normalise(part));
            if (column.isPresent()) {
                return column;
            }
        }
        return Optional.empty();
    }

    private static Optional<ImportColumn> byName(String name) {
        for (ImportColumn column : values()) {
            for (String known : column.headers) {
                if (normalise(known).equals(name)) {
                    return Optional.of(column);
                }
            }
        }
        return Optional.empty();
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.replace('\u00A0', ' ').replace('_', ' ').toLowerCase(Locale.ROOT).replace('ё', 'е');
        return lower.replaceAll("[*:.]+\\s*$", "").replaceAll("\\s+", " ").strip();
    }
}
