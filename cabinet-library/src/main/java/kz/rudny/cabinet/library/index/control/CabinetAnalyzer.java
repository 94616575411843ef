package kz.rudny.cabinet.library.index.control;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Analyzer for catalogue titles, descriptions and file text in Kazakh, Russian or both; the same on the
 * index and the query side, so a field's language need not be known. Per token, after lower-casing:
 * a word with a Kazakh-only letter (ә ғ қ ң ө ұ ү һ і) is Kazakh and gets the {@link KazakhStemmer} stem;
 * any other Cyrillic word may be Russian or Kazakh typed on a Russian keyboard, so it gets both the
 * Russian Snowball stem and the Kazakh stem at one position, like synonyms (уроки → уроки + урок,
 * мектепте → мектеп + мектепт); Latin words get English plural stripping. Last, every term is
 * folded to Russian keyboard letters (сабақ → сабак) and duplicates at a position are dropped. The cost
 * of guessing is a few extra terms per Russian word, which can rarely match a Kazakh stem.
 */
public final class CabinetAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new EnglishMinimalStemFilter(stream);
        stream = new RussianWordStemFilter(stream);
        stream = new KazakhStemFilter(stream);
        stream = new KeyboardFoldingFilter(stream);
        stream = new RemoveDuplicatesTokenFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    /** For wildcard, prefix and fuzzy query terms, which are not stemmed: lower-case and fold only. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new KeyboardFoldingFilter(new LowerCaseFilter(in));
    }
}
