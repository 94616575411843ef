package kz.rudny.cabinet.library.catalogue.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import kz.rudny.cabinet.domain.spreadsheet.SheetRow;
import kz.rudny.cabinet.domain.spreadsheet.SheetTable;
import kz.rudny.cabinet.library.catalogue.boundary.HoldingType;
import kz.rudny.cabinet.library.catalogue.boundary.Isbn;
import kz.rudny.cabinet.library.catalogue.boundary.TitleForm;

/**
 * Turns one data row into an {@link ImportedTitle}, or into the reasons it is refused. Remembers the
 * inventory numbers of the rows already taken, so a number may appear once in the whole file (compared
 * ignoring case). A blank type cell, or no type column, means {@link #DEFAULT_TYPE}.
 */
final class ImportRowMapper {

    static final String TITLE_REQUIRED = "import.title.required";
    static final String TOO_LONG = "import.field.tooLong";
    static final String YEAR_INVALID = "import.year.invalid";
    static final String ISBN_INVALID = "import.isbn.invalid";
    static final String LANGUAGE_UNKNOWN = "import.language.unknown";
    static final String TYPE_UNKNOWN = "import.type.unknown";
    static final String GRADES_INVALID = "import.grades.invalid";
    static final String COPIES_INVALID = "import.copies.invalid";
    static final String COPIES_MISMATCH = "import.copies.mismatch";
    static final String INVENTORY_INVALID = "import.inventory.invalid";
    static final String INVENTORY_DUPLICATE = "import.inventory.duplicate";

    static final HoldingType DEFAULT_TYPE = HoldingType.LITERATURE;

    /** The longest text each column may hold, as {@link TitleForm} allows. */
    private static final Map<ImportColumn, Integer> MAX_LENGTH = Map.of(
            ImportColumn.TITLE, 500, ImportColumn.AUTHORS, 500, ImportColumn.PUBLISHER, 200,
            ImportColumn.SHELF, 100, ImportColumn.ANNOTATION, 4000, ImportColumn.SUBJECT, 50);

    private final SheetTable<ImportColumn> table;
    private final Set<String> takenInventoryNumbers = new HashSet<>();

    ImportRowMapper(SheetTable<ImportColumn> table) {
        this.table = table;
    }

    /** Adds the row to {@code taken} or its problems to {@code refusals}. */
    void map(SheetRow row, List<ImportedTitle> taken, List<RowRefusal> refusals) {
        Row cells = new Row(row, new ArrayList<>());
        TitleForm form = new TitleForm();
        form.setTitle(cells.text(ImportColumn.TITLE));
        if (form.getTitle() == null) {
            cells.refuse(ImportColumn.TITLE, TITLE_REQUIRED);
        }
        form.setAuthors(cells.text(ImportColumn.AUTHORS));
        form.setPublisher(cells.text(ImportColumn.PUBLISHER));
        form.setShelfPlace(cells.text(ImportColumn.SHELF));
        form.setAnnotation(cells.text(ImportColumn.ANNOTATION));
        String subjectCode = cells.text(ImportColumn.SUBJECT);
        cells.ifGiven(ImportColumn.YEAR, YEAR_INVALID, ImportValues::year).ifPresent(form::setPublicationYear);
        cells.ifGiven(ImportColumn.ISBN, ISBN_INVALID, Isbn::parse).ifPresent(isbn -> form.setIsbn(isbn.value()));
        cells.ifGiven(ImportColumn.LANGUAGE, LANGUAGE_UNKNOWN, ImportWords::language).ifPresent(form::setLanguage);
        form.setType(cells.ifGiven(ImportColumn.TYPE, TYPE_UNKNOWN, ImportWords::type).orElse(DEFAULT_TYPE));
        cells.ifGiven(ImportColumn.GRADES, GRADES_INVALID, ImportValues::grades).ifPresent(grades -> {
            form.setGradeFrom(grades.from());
            form.setGradeTo(grades.to());
        });
        List<String> inventory = inventoryNumbers(cells);
        int copies = copies(cells, inventory);
        if (cells.problems.isEmpty()) {
            inventory.forEach(number -> takenInventoryNumbers.add(key(number)));
            taken.add(new ImportedTitle(row.number(), form, subjectCode, inventory, copies));
        } else {
            refusals.addAll(cells.problems);
        }
    }

    private List<String> inventoryNumbers(Row cells) {
        String text = cells.text(ImportColumn.INVENTORY);
        List<String> numbers = text == null ? List.of() : ImportValues.inventoryNumbers(text);
        if (numbers.size() > ImportValues.MAX_COPIES
                || numbers.stream().anyMatch(n -> n.length() > ImportValues.MAX_INVENTORY_NUMBER_LENGTH)) {
            cells.refuse(ImportColumn.INVENTORY, INVENTORY_INVALID);
            return List.of();
        }
        Set<String> inRow = new HashSet<>();
        for (String number : numbers) {
            if (!inRow.add(key(number)) || takenInventoryNumbers.contains(key(number))) {
                cells.refuse(ImportColumn.INVENTORY, INVENTORY_DUPLICATE);
                break;
            }
        }
        return numbers;
    }

    private static int copies(Row cells, List<String> inventory) {
        Optional<Integer> copies = cells.ifGiven(ImportColumn.COPIES, COPIES_INVALID, ImportValues::copies);
        if (copies.isPresent() && !inventory.isEmpty() && copies.get() != inventory.size()) {
            cells.refuse(ImportColumn.COPIES, COPIES_MISMATCH);
        }
        return inventory.isEmpty() ? copies.orElse(1) : inventory.size();
    }

    private static String key(String inventoryNumber) {
        return inventoryNumber.toUpperCase(Locale.ROOT);
    }

    /** A row being read, with the problems found so far. */
    private final class Row {
        private final SheetRow row;
        private final List<RowRefusal> problems;

        private Row(SheetRow row, List<RowRefusal> problems) {
            this.row = row;
            this.problems = problems;
        }

        /** The stripped cell text, or null when blank or the column is absent; refuses text that is too long. */
        String text(ImportColumn column) {
            String text = table.cell(row, column).strip();
            if (text.isEmpty()) {
                return null;
            }
            if (text.length() > MAX_LENGTH.getOrDefault(column, Integer.MAX_VALUE)) {
                refuse(column, TOO_LONG);
            }
            return text;
        }

        /** The parsed cell when it is given and valid; empty (and refused with {@code key}) when given but invalid. */
        <T> Optional<T> ifGiven(ImportColumn column, String key, Function<String, Optional<T>> parser) {
            String text = text(column);
            if (text == null) {
                return Optional.empty();
            }
            Optional<T> value = parser.apply(text);
            if (value.isEmpty()) {
                refuse(column, key);
            }
            return value;
        }

        void refuse(ImportColumn column, String key) {
            problems.add(new RowRefusal(row.number(), column, table.header(column), key));
        }
    }
}
