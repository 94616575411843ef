package kz.rudny.cabinet.library.index.control;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import kz.rudny.cabinet.library.index.boundary.SnippetPart;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Picks each hit's snippet with Lucene's unified highlighter: one passage of about {@value #LENGTH}
 * characters around the matches, from the first of {@link #FIELDS} with a match (title, then description,
 * then body; a field is only highlighted for the hits still without a snippet), as {@link SnippetPart}s.
 * Title and description are short and re-analysed; the body's offsets come from its postings, so a long
 * body is not analysed again. Typo matches (in {@link LibraryFields#TYPO}) are marked in title and
 * description. Matches are found from the query's terms, phrases and fuzzy automata, not through
 * {@code Weight.matches}, which measured about three times slower for a page of 20.
 */
final class SnippetHighlighter extends UnifiedHighlighter {

    /** The target length of a passage; word boundaries make it end up a little longer or shorter. */
    static final int LENGTH = 200;
    /** The fields a snippet may come from, in order of preference. */
    static final List<String> FIELDS = List.of(LibraryFields.TITLE, LibraryFields.DESCRIPTION, LibraryFields.BODY);
    /** Highlight the whole of a body, not only its first 10,000 characters as Lucene would. */
    private static final int MAX_LENGTH = 1_000_000;

    SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer) {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new SnippetFormatter())
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), LENGTH, 0.5f))
                .withWeightMatches(false)
                .withMaxNoHighlightPassages(0)
                .withMaxLength(MAX_LENGTH));
    }

    /**
     * The snippet of each document, parallel to {@code docIds}; null where no field has a match (the query
     * matched only in the keywords).
     */
    @SuppressWarnings("unchecked")
    List<SnippetPart>[] snippets(Query query, int[] docIds) throws IOException {
        List<SnippetPart>[] snippets = new List[docIds.length];
        for (String field : FIELDS) {
            int[] without = new int[docIds.length];
            int count = 0;
            for (int i = 0; i < docIds.length; i++) {
                if (snippets[i] == null) {
                    without[count++] = i;
                }
            }
            if (count == 0) {
                break;
            }
            int[] docs = new int[count];
            for (int j = 0; j < count; j++) {
                docs[j] = docIds[without[j]];
            }
            Object[] found = highlightFieldsAsObjects(new String[] {field}, query, docs, new int[] {1}).get(field);
            for (int j = 0; j < count; j++) {
                snippets[without[j]] = (List<SnippetPart>) found[j];
            }
        }
        return snippets;
    }

    /** Query terms of a field mark that field; fuzzy terms of the typo field also mark title and description. */
    @Override
    protected Predicate<String> getFieldMatcher(String field) {
        if (field.equals(LibraryFields.BODY)) {
            return LibraryFields.BODY::equals;
        }
        return queryField -> queryField.equals(field) || queryField.equals(LibraryFields.TYPO);
    }
}
