package kz.rudny.cabinet.domain.lessonanalysis.boundary;

import java.util.List;

/**
 * A FILLED lesson analysis as every module keeps and prints it: the template's name, its sections with each
 * criterion's mark (1..5, or null when not marked) and comment, further notes (e.g. Lesson Study's focus pupils:
 * a heading and a text each) and the recommendations.
 */
public record FilledAnalysis(String templateName, List<Section> sections, List<Note> notes, String recommendations) {

    /** A section of the filled form. */
    public record Section(String title, List<Criterion> criteria) {
    }

    /** One criterion with its mark and comment. */
    public record Criterion(String text, Integer mark, String comment) {
    }

    /** A further note: a heading and a text. */
    public record Note(String heading, String text) {
    }

    /** The lowest and highest mark. */
    public static final int MIN_MARK = 1;

    public static final int MAX_MARK = 5;

    /** Whether a mark is within 1..5 (or not given). */
    public static boolean validMark(Integer mark) {
        return mark == null || (mark >= MIN_MARK && mark <= MAX_MARK);
    }
}
