package kz.rudny.cabinet.domain.lessonanalysis.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import kz.rudny.cabinet.domain.errors.InvalidInputException;

/** What a person types for one criterion of an analysis: a mark (1..5 or none) and a comment. */
public class AnalysisLine implements Serializable {

    /** The longest comment of a criterion (the column's length). */
    public static final int MAX_COMMENT = 2000;

    private Integer mark;

    private String comment;

    public AnalysisLine() {
    }

    public AnalysisLine(Integer mark, String comment) {
        this.mark = mark;
        this.comment = comment;
    }

    /** The lines of the stored items, to go on filling them. */
    public static List<AnalysisLine> of(List<AnalysisItem> items) {
        List<AnalysisLine> lines = new ArrayList<>();
        items.forEach(i -> lines.add(new AnalysisLine(i.getMark(), i.getComment())));
        return lines;
    }

    /**
     * The refusals of these lines for these items, by the field ({@code lines[i].mark}, {@code lines[i].comment}):
     * another number of lines than of criteria, a mark outside 1..5, a comment too long.
     */
    public static List<InvalidInputException.Problem> problems(List<AnalysisItem> items, List<AnalysisLine> lines) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (lines.size() != items.size()) {
            problems.add(new InvalidInputException.Problem("lines", "observation.linesChanged"));
            return problems;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (!FilledAnalysis.validMark(lines.get(i).getMark())) {
                problems.add(new InvalidInputException.Problem("lines[" + i + "].mark", "observation.markRange"));
            }
            String comment = lines.get(i).getComment();
            if (comment != null && comment.length() > MAX_COMMENT) {
                problems.add(new InvalidInputException.Problem("lines[" + i + "].comment", "openLesson.tooLong",
                        MAX_COMMENT));
            }
        }
        return problems;
    }

    /** Writes checked lines into the items, in order. */
    public static void fill(List<AnalysisItem> items, List<AnalysisLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            items.get(i).mark(lines.get(i).getMark(), lines.get(i).getComment());
        }
    }

    public Integer getMark() {
        return mark;
    }

    public void setMark(Integer mark) {
        this.mark = mark;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    }
}
