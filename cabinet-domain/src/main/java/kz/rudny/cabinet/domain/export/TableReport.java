package kz.rudny.cabinet.domain.export;

import java.util.List;

/**
 * A report made of tables, as the education department asks for them on paper: a title, a few heading lines (the
 * academic year, the scope, the date made, "as of"), then sections, each a caption, the column headings and the
 * lines. A cell is a text ({@link String}) or a number ({@link Long} for counts, {@link Double} for shares in
 * percent), so that a spreadsheet keeps numbers as numbers. Written by {@link TableReportXlsx} and
 * {@link TableReportPdf}.
 */
public record TableReport(String title, List<String> heading, List<Section> sections) {

    public TableReport {
        heading = List.copyOf(heading);
        sections = List.copyOf(sections);
    }

    /** A table of the report: its caption, the column headings, the lines (a total line last, if any). */
    public record Section(String caption, List<String> columns, List<Line> lines) {

        public Section {
            columns = List.copyOf(columns);
            lines = List.copyOf(lines);
            for (Line line : lines) {
                if (line.cells().size() != columns.size()) {
                    throw new IllegalArgumentException("A line of " + line.cells().size() + " cells under "
                            + columns.size() + " columns in " + caption);
                }
            }
        }
    }

    /** A line of a table; a total line is set apart (bold). */
    public record Line(List<Object> cells, boolean total) {

        public Line {
            cells = List.copyOf(cells);
            for (Object cell : cells) {
                if (!(cell instanceof String || cell instanceof Long || cell instanceof Double)) {
                    throw new IllegalArgumentException("A cell is a text, a count or a share: " + cell);
                }
            }
        }
    }
}
