package kz.rudny.cabinet.library.index.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns what the user typed into the text part of a library search. Every word must match (AND) in one of
 * the {@link LibraryFields#SEARCHED} fields, weighted title first; the forms {@link CabinetAnalyzer} gives a
 * word are alternatives, and for forms of {@value #FUZZY_FROM_LENGTH}+ letters one typo is forgiven in
 * title, keywords and description (the {@link LibraryFields#TYPO} field), at a lower weight. Text in
 * quotes ("…", «…», “…”) must match as a phrase, in one field. Only the first {@value #MAX_CLAUSES} words
 * and phrases count, which keeps a pasted paragraph below Lucene's clause limit.
 */
final class LibraryQuery {

    static final int FUZZY_FROM_LENGTH = 5;
    static final int MAX_CLAUSES = 12;
    private static final int FUZZY_PREFIX = 2;
    private static final int FUZZY_EXPANSIONS = 10;
    private static final String QUOTES = "\"«»“”„";

    private final Analyzer analyzer;
    private final QueryBuilder phrases;

    LibraryQuery(Analyzer analyzer) {
        this.analyzer = analyzer;
        this.phrases = new QueryBuilder(analyzer);
    }

    /** The query for the text, or null when it has no word to search for (blank, only punctuation). */
    Query parse(String text) {
        List<String> quoted = new ArrayList<>();
        StringBuilder loose = new StringBuilder();
        StringBuilder current = new StringBuilder();
        boolean inQuotes = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (QUOTES.indexOf(c) < 0) {
                current.append(c);
                continue;
            }
            if (inQuotes) {
                quoted.add(current.toString());
            } else {
                loose.append(current).append(' ');
            }
            current.setLength(0);
            inQuotes = !inQuotes;
        }
        if (inQuotes) {
            quoted.add(current.toString());
        } else {
            loose.append(current);
        }

        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        for (String phrase : quoted) {
            List<List<String>> words = analyse(phrase);
            Query clause = words.size() == 1 ? word(words.get(0), false) : phrase(phrase);
            if (clause != null && clauses++ < MAX_CLAUSES) {
                all.add(clause, BooleanClause.Occur.MUST);
            }
        }
        for (List<String> forms : analyse(loose.toString())) {
            if (clauses++ < MAX_CLAUSES) {
                all.add(word(forms, true), BooleanClause.Occur.MUST);
            }
        }
        return clauses == 0 ? null : all.build();
    }

    /** One word: any of its forms in any searched field. */
    private static Query word(List<String> forms, boolean forgiveTypo) {
        BooleanQuery.Builder word = new BooleanQuery.Builder();
        LibraryFields.SEARCHED.forEach((field, weight) -> {
            for (String form : forms) {
                word.add(new BoostQuery(new TermQuery(new Term(field, form)), weight), BooleanClause.Occur.SHOULD);
            }
        });
        for (String form : forms) {
            if (forgiveTypo && form.length() >= FUZZY_FROM_LENGTH) {
                Query fuzzy = new FuzzyQuery(new Term(LibraryFields.TYPO, form), 1, FUZZY_PREFIX,
                        FUZZY_EXPANSIONS, true);
                word.add(new BoostQuery(fuzzy, LibraryFields.TYPO_WEIGHT), BooleanClause.Occur.SHOULD);
            }
        }
        return word.build();
    }

    /** The words in this order in one field; each position may be any of the word's forms. */
    private Query phrase(String phrase) {
        BooleanQuery.Builder anyField = new BooleanQuery.Builder();
        boolean any = false;
        for (Map.Entry<String, Float> field : LibraryFields.SEARCHED.entrySet()) {
            Query query = phrases.createPhraseQuery(field.getKey(), phrase);
            if (query != null) {
                anyField.add(new BoostQuery(query, field.getValue()), BooleanClause.Occur.SHOULD);
                any = true;
            }
        }
        return any ? anyField.build() : null;
    }

    /** The analysed forms of the text's words, one list per position. */
    private List<List<String>> analyse(String text) {
        Map<Integer, List<String>> words = new LinkedHashMap<>();
        try (TokenStream stream = analyzer.tokenStream(LibraryFields.TITLE, text)) {
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
}
