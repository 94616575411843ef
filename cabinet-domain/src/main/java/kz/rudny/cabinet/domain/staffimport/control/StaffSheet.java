package kz.rudny.cabinet.domain.staffimport.control;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import kz.rudny.cabinet.domain.people.boundary.EducationLevel;
import kz.rudny.cabinet.domain.people.boundary.QualificationCategory;
import kz.rudny.cabinet.domain.people.boundary.StaffMemberForm;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.domain.spreadsheet.SheetFileException;
import kz.rudny.cabinet.domain.spreadsheet.SheetRow;
import kz.rudny.cabinet.domain.spreadsheet.SheetTable;
import kz.rudny.cabinet.domain.spreadsheet.Spreadsheet;

/**
 * Reads an uploaded staff list (XLSX or CSV, header in the README) into the people that can be taken and the
 * reasons the other rows are refused, checked against a {@link StaffDirectory}. Saves nothing. Only the full
 * name column is required. Usernames: the file's, when given (valid, once in the file, free in the district),
 * else made from the name ({@link Usernames}), never one the file gives to another row.
 */
public final class StaffSheet {

    /** The most people one file may hold: a large school's staff; each costs a password hash when saved. */
    public static final int MAX_ROWS = 300;

    static final String NAME_COLUMN_MISSING = "staff.import.header.nameMissing";
    static final String NAME_REQUIRED = "staff.import.name.required";
    static final String TOO_LONG = "import.field.tooLong";
    static final String FORMULA = "staff.import.formula";
    static final String USERNAME_INVALID = "username.pattern";
    static final String USERNAME_TAKEN = "username.taken";
    static final String USERNAME_DUPLICATE = "staff.import.username.duplicate";
    static final String SUBJECT_UNKNOWN = "import.subject.unknown";
    static final String ASSOCIATION_UNKNOWN = "staff.import.association.unknown";
    static final String ROLE_UNKNOWN = "staff.import.role.unknown";
    static final String DATE_INVALID = "staff.import.date.invalid";
    static final String CATEGORY_UNKNOWN = "staff.import.category.unknown";
    static final String BIRTH_DATE_INVALID = "staff.import.birthDate.invalid";
    static final String EDUCATION_UNKNOWN = "staff.import.education.unknown";

    private static final Map<StaffColumn, Integer> MAX_LENGTH = Map.of(StaffColumn.FULL_NAME, 200,
            StaffColumn.POSITION, 200, StaffColumn.USERNAME, 60, StaffColumn.SUBJECTS, 1000,
            StaffColumn.ASSOCIATIONS, 1000, StaffColumn.ROLES, 500, StaffColumn.TEACHING_SINCE, 40,
            StaffColumn.CATEGORY, 100, StaffColumn.BIRTH_DATE, 40, StaffColumn.EDUCATION, 100);
    /** Subject codes: separated by commas, semicolons, spaces or line breaks. */
    private static final Pattern CODES = Pattern.compile("[,;\\s]+");
    /** Association names (which may hold commas): one per line or separated by semicolons. */
    private static final Pattern NAMES = Pattern.compile("\\s*[;\\n\\r]+\\s*");
    /** Roles (which may be two words): separated by commas, semicolons or line breaks. */
    private static final Pattern WORDS = Pattern.compile("\\s*[,;\\n\\r]+\\s*");
    private static final Pattern PLACEHOLDER = Pattern.compile("[-\\u2010-\\u2015]+");
    private static final int SHOWN_VALUE = 80;

    private final SheetTable<StaffColumn> table;
    private final StaffDirectory directory;
    private final LocalDate today;
    /** Usernames the file writes in its username column: a generated one never takes them. */
    private final Set<String> written = new HashSet<>();
    /** Usernames of the rows taken so far. */
    private final Set<String> used = new HashSet<>();

    private StaffSheet(SheetTable<StaffColumn> table, StaffDirectory directory, LocalDate today) {
        this.table = table;
        this.directory = directory;
        this.today = today;
    }

    /** Reads the whole stream (does not close it) and checks every row; {@code today} bounds the start dates. */
    public static StaffSheetResult read(InputStream upload, StaffDirectory directory, LocalDate today)
            throws SheetFileException {
        SheetTable<StaffColumn> table = Spreadsheet.read(upload, StaffColumn.class,
                Map.of(StaffColumn.FULL_NAME, NAME_COLUMN_MISSING), MAX_ROWS);
        return new StaffSheet(table, directory, today).check();
    }

    private StaffSheetResult check() {
        for (SheetRow row : table.rows()) {
            String username = table.cell(row, StaffColumn.USERNAME).strip().toLowerCase(Locale.ROOT);
            if (!username.isEmpty()) {
                written.add(username);
            }
        }
        List<ImportedPerson> taken = new ArrayList<>();
        List<StaffRowRefusal> refusals = new ArrayList<>();
        for (SheetRow row : table.rows()) {
            Row cells = new Row(row);
            String fullName = cells.text(StaffColumn.FULL_NAME);
            if (fullName == null && cells.isBlank(StaffColumn.FULL_NAME)) {
                cells.refuse(StaffColumn.FULL_NAME, NAME_REQUIRED, "");
            }
            String jobTitle = cells.text(StaffColumn.POSITION);
            Set<Long> subjects = cells.list(StaffColumn.SUBJECTS, CODES, SUBJECT_UNKNOWN, directory::subject);
            Set<Long> associations = cells.list(StaffColumn.ASSOCIATIONS, NAMES, ASSOCIATION_UNKNOWN,
                    directory::association);
            Set<Role> roles = EnumSet.noneOf(Role.class);
            roles.addAll(cells.list(StaffColumn.ROLES, WORDS, ROLE_UNKNOWN, StaffWords::role));
            if (roles.isEmpty()) {
                roles.add(Role.TEACHER);
            }
            LocalDate teachingSince = teachingSince(cells);
            QualificationCategory category = category(cells);
            LocalDate birthDate = birthDate(cells);
            EducationLevel education = education(cells);
            String givenUsername = givenUsername(cells);
            if (cells.problems.isEmpty()) {
                String username = givenUsername != null ? givenUsername : generated(fullName);
                used.add(username);
                taken.add(new ImportedPerson(row.number(), fullName, username, jobTitle, subjects, associations, roles,
                        teachingSince, category, birthDate, education));
            } else {
                refusals.addAll(cells.problems);
            }
        }
        return new StaffSheetResult(taken, refusals, table.ignoredHeaders());
    }

    /** The start of teaching: a date or a year alone, from 1950 to a year ahead. */
    private LocalDate teachingSince(Row cells) {
        return date(cells, StaffColumn.TEACHING_SINCE, StaffWords::date, DATE_INVALID,
                StaffMemberForm::teachingSinceProblem);
    }

    /** A whole date (a year alone is refused), of someone of teaching age today. */
    private LocalDate birthDate(Row cells) {
        return date(cells, StaffColumn.BIRTH_DATE, StaffWords::day, BIRTH_DATE_INVALID,
                StaffMemberForm::birthDateProblem);
    }

    /** The cell's date as the reading finds it, refused when it finds none or the form's rule has a problem with it. */
    private LocalDate date(Row cells, StaffColumn column, Function<String, Optional<LocalDate>> reading,
                           String invalidKey, BiFunction<LocalDate, LocalDate, Optional<String>> problem) {
        String text = cells.text(column);
        if (text == null) {
            return null;
        }
        Optional<LocalDate> date = reading.apply(text);
        if (date.isEmpty()) {
            cells.refuse(column, invalidKey, text);
            return null;
        }
        problem.apply(date.get(), today).ifPresent(key -> cells.refuse(column, key, text));
        return date.get();
    }

    private static QualificationCategory category(Row cells) {
        String text = cells.text(StaffColumn.CATEGORY);
        if (text == null || StaffWords.isNoCategory(text)) {
            return null;
        }
        Optional<QualificationCategory> category = StaffWords.category(text);
        if (category.isEmpty()) {
            cells.refuse(StaffColumn.CATEGORY, CATEGORY_UNKNOWN, text);
        }
        return category.orElse(null);
    }

    private static EducationLevel education(Row cells) {
        String text = cells.text(StaffColumn.EDUCATION);
        if (text == null) {
            return null;
        }
        Optional<EducationLevel> education = StaffWords.education(text);
        if (education.isEmpty()) {
            cells.refuse(StaffColumn.EDUCATION, EDUCATION_UNKNOWN, text);
        }
        return education.orElse(null);
    }

    /** The file's username for the row, checked; null when the row has none (one is made from the name). */
    private String givenUsername(Row cells) {
        String text = cells.text(StaffColumn.USERNAME);
        if (text == null) {
            return null;
        }
        String username = text.toLowerCase(Locale.ROOT);
        if (!Usernames.VALID.matcher(username).matches()) {
            cells.refuse(StaffColumn.USERNAME, USERNAME_INVALID, text);
        } else if (used.contains(username)) {
            cells.refuse(StaffColumn.USERNAME, USERNAME_DUPLICATE, text);
        } else if (directory.usernameTaken(username)) {
            cells.refuse(StaffColumn.USERNAME, USERNAME_TAKEN, text);
        }
        return username;
    }

    private String generated(String fullName) {
        String base = Usernames.base(fullName);
        String candidate = base;
        for (int n = 2; written.contains(candidate) || used.contains(candidate) || directory.usernameTaken(candidate); n++) {
            candidate = base + n;
        }
        return candidate;
    }

    /** A row being read, with the problems found so far. */
    private final class Row {
        private final SheetRow row;
        private final List<StaffRowRefusal> problems = new ArrayList<>();

        private Row(SheetRow row) {
            this.row = row;
        }

        /** True when the cell is empty, a mere dash, or the file has no such column. */
        boolean isBlank(StaffColumn column) {
            String text = table.cell(row, column).strip();
            return text.isEmpty() || PLACEHOLDER.matcher(text).matches();
        }

        /**
         * The stripped cell, or null when blank ({@link #isBlank}) or refused: text that is too long, or that a
         * spreadsheet would take for a formula ({@code = + - @} first), which a list exported later must not carry.
         */
        String text(StaffColumn column) {
            if (isBlank(column)) {
                return null;
            }
            String text = table.cell(row, column).strip();
            if (text.length() > MAX_LENGTH.get(column)) {
                refuse(column, TOO_LONG, "");
                return null;
            }
            if ("=+-@".indexOf(text.charAt(0)) >= 0) {
                refuse(column, FORMULA, text);
                return null;
            }
            return text;
        }

        /** The values a list cell names, each looked up; refuses each word that is not known. */
        <T> Set<T> list(StaffColumn column, Pattern separators, String unknownKey, Function<String, Optional<T>> lookup) {
            String text = text(column);
            Set<T> values = new LinkedHashSet<>();
            if (text == null) {
                return values;
            }
            for (String word : separators.split(text)) {
                if (word.isBlank()) {
                    continue;
                }
                Optional<T> value = lookup.apply(word);
                if (value.isPresent()) {
                    values.add(value.get());
                } else {
                    refuse(column, unknownKey, word.strip());
                }
            }
            return values;
        }

        void refuse(StaffColumn column, String key, String value) {
            String shown = value.length() > SHOWN_VALUE ? value.substring(0, SHOWN_VALUE) + "…" : value;
            problems.add(new StaffRowRefusal(row.number(), column, table.header(column), key, shown));
        }
    }
}
