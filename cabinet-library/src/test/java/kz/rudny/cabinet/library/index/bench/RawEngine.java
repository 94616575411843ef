package kz.rudny.cabinet.library.index.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.rudny.cabinet.library.index.control.CabinetAnalyzer;
import kz.rudny.cabinet.library.index.control.LibraryFields;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * The bare engine the benchmark compares the library index with: a plain {@link IndexSearcher} over the
 * same folder, running for each word of the text a disjunction of term queries of its analysed forms in
 * the four text fields, all words required; no scope, no facets, no fuzzy, no phrases, no snippets, top
 * 20. It also runs the two side experiments: fuzzy matching per field, and body snippets with offsets
 * from the postings versus from re-analysis.
 */
final class RawEngine implements AutoCloseable {

    static final int TOP = 20;
    private static final List<String> FIELDS = List.of(LibraryFields.TITLE, LibraryFields.KEYWORDS,
            LibraryFields.DESCRIPTION, LibraryFields.BODY);

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer = new CabinetAnalyzer();

    RawEngine(Path folder) throws IOException {
        directory = FSDirectory.open(folder);
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    /** Every word in one of the fields, in any of its analysed forms; everything for blank text. */
    Query query(String text) {
        List<List<String>> words = analyse(text);
        if (words.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (List<String> forms : words) {
            BooleanQuery.Builder word = new BooleanQuery.Builder();
            for (String field : FIELDS) {
                for (String form : forms) {
                    word.add(new TermQuery(new Term(field, form)), BooleanClause.Occur.SHOULD);
                }
            }
            all.add(word.build(), BooleanClause.Occur.MUST);
        }
        return all.build();
    }

    /** The same words matched with one typo forgiven, in one field only (for the fuzzy experiment). */
    Query fuzzy(String text, String field) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (List<String> forms : analyse(text)) {
            BooleanQuery.Builder word = new BooleanQuery.Builder();
            for (String form : forms) {
                word.add(new FuzzyQuery(new Term(field, form), 1, 2, 10, true), BooleanClause.Occur.SHOULD);
            }
            all.add(word.build(), BooleanClause.Occur.MUST);
        }
        return all.build();
    }

    TopDocs search(Query query) throws IOException {
        return searcher.search(query, TOP);
    }

    /**
     * A highlighter of body passages like the library's, with offsets from the postings or re-analysis,
     * finding matches from the query's terms (as the library does) or through {@code Weight.matches}.
     */
    UnifiedHighlighter bodyHighlighter(boolean reanalyse, boolean weightMatches) {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withMaxLength(1_000_000)
                .withWeightMatches(weightMatches)
                .withMaxNoHighlightPassages(0)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), 200, 0.5f));
        return new UnifiedHighlighter(builder) {
            @Override
            protected OffsetSource getOffsetSource(String field) {
                return reanalyse ? OffsetSource.ANALYSIS : super.getOffsetSource(field);
            }
        };
    }

    IndexSearcher searcher() {
        return searcher;
    }

    private List<List<String>> analyse(String text) {
        Map<Integer, List<String>> words = new LinkedHashMap<>();
        try (TokenStream stream = analyzer.tokenStream(LibraryFields.BODY, text.replaceAll("[\"«»]", " "))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                words.computeIfAbsent(position, p -> new ArrayList<>()).add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(words.values());
    }

    @Override
    public void close() throws IOException {
        IOUtils.close(reader, directory, analyzer);
    }
}
