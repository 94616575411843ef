package kz.rudny.cabinet.library.catalogue.control;

import java.util.List;
import java.util.Optional;
import kz.rudny.cabinet.domain.spreadsheet.HeaderNames;
import kz.rudny.cabinet.domain.spreadsheet.SheetColumn;

/**
 * The columns of an imported catalogue and the header names each is known by, in English, Russian and
 * Kazakh, matched as {@link HeaderNames} says (case, spaces, ё/е, a trailing asterisk do not matter; a
 * bilingual header {@code Атауы / Название} is matched by any of its parts).
 */
public enum ImportColumn implements SheetColumn {
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
    @Override
    public List<String> headers() {
        return headers;
    }

    /** The column a header cell names, if any. */
    public static Optional<ImportColumn> byHeader(String header) {
        return HeaderNames.column(header, values());
    }
}
