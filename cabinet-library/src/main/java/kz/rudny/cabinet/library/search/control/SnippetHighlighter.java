package kz.rudny.cabinet.library.search.control;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Picks each hit's snippet with Lucene's unified highlighter: one passage of about {@value #LENGTH}
 * characters centred on the matches, from the first of {@link #FIELDS} with a match (title, then
 * description, then body), as {@link SnippetPart}s. Title and description are short and re-analysed; the
 * body's offsets come from its postings, so a long body is not analysed again (see {@link LibraryFields}).
 */
final class SnippetHighlighter extends UnifiedHighlighter {

    /** The target length of a passage; word boundaries make it end up a little longer or shorter. */
    static final int LENGTH = 200;
    /** The fields a snippet may come from, in order of preference. */
    static final String[] FIELDS = {LibraryFields.TITLE, LibraryFields.DESCRIPTION, LibraryFields.BODY};
    /** Highlight the whole of a body, not only its first 10,000 characters as Lucene would. */
    private static final int MAX_LENGTH = 1_000_000;

    SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer) {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new SnippetFormatter())
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), LENGTH, 0.5f))
                .withMaxNoHighlightPassages(0)
                .withMaxLength(MAX_LENGTH));
    }

    /**
     * The snippet of each document, parallel to {@code docIds}; null where no field has a match (the
     * query matched only in the keywords). The query should be rewritten already, so that a fuzzy word is
     * expanded once and not again for every document and field.
     */
    @SuppressWarnings("unchecked")
    List<SnippetPart>[] snippets(Query query, int[] docIds) throws IOException {
        int[] onePassage = new int[FIELDS.length];
        Arrays.fill(onePassage, 1);
        var byField = highlightFieldsAsObjects(FIELDS, query, docIds, onePassage);
        List<SnippetPart>[] snippets = new List[docIds.length];
        for (int i = 0; i < docIds.length; i++) {
            for (String field : FIELDS) {
                Object snippet = byField.get(field)[i];
                if (snippet != null) {
                    snippets[i] = (List<SnippetPart>) snippet;
                    break;
                }
            }
        }
        return snippets;
    }
}
