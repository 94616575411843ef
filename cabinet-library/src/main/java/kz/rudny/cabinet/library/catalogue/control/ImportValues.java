package kz.rudny.cabinet.library.catalogue.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the numeric and list cells of an imported catalogue row: year, grades, copies, inventory numbers. */
final class ImportValues {

    static final int MIN_YEAR = 1800;
    static final int MAX_YEAR = 2100;
    static final int MAX_COPIES = 999;
    static final int MAX_INVENTORY_NUMBER_LENGTH = 40; // CatalogueCopy.INVENTORY_NUMBER is 40 long

    /** 2019, 2019 г., 2019 ж., 2019 год, 2019 жыл. */
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*(?:г\\.?|год|ж\\.?|жыл|жылы)?");
    /** 7, 5-9, 1–4, 5 — 9, optionally followed by кл., класс(ы), сынып(тар), grade(s). */
    private static final Pattern GRADES = Pattern.compile(
            "(\\d{1,2})(?:\\s*[-\\u2010-\\u2014]\\s*(\\d{1,2}))?\\s*(?:кл\\.?|класс\\S*|сынып\\S*|grades?)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern COPIES = Pattern.compile("\\d{1,6}");
    private static final Pattern INVENTORY_SEPARATORS = Pattern.compile("[,;\\s]+");

    /** A grade range, both ends 1..11, from ≤ to. */
    record Grades(int from, int to) {
    }

    private ImportValues() {
    }

    static Optional<Integer> year(String text) {
        Matcher m = YEAR.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        return year >= MIN_YEAR && year <= MAX_YEAR ? Optional.of(year) : Optional.empty();
    }

    static Optional<Grades> grades(String text) {
        Matcher m = GRADES.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int from = Integer.parseInt(m.group(1));
        int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
        return from >= 1 && to <= 11 && from <= to ? Optional.of(new Grades(from, to)) : Optional.empty();
    }

    /** A number of copies, 1..{@value #MAX_COPIES}. */
    static Optional<Integer> copies(String text) {
        String digits = text.strip();
        if (!COPIES.matcher(digits).matches()) {
            return Optional.empty();
        }
        int copies = Integer.parseInt(digits);
        return copies >= 1 && copies <= MAX_COPIES ? Optional.of(copies) : Optional.empty();
    }

    /** The inventory numbers in a cell, separated by commas, semicolons, spaces or line breaks, in order. */
    static List<String> inventoryNumbers(String text) {
        List<String> numbers = new ArrayList<>();
        for (String token : INVENTORY_SEPARATORS.split(text.strip())) {
            if (!token.isEmpty()) {
                numbers.add(token);
            }
        }
        return numbers;
    }
}
