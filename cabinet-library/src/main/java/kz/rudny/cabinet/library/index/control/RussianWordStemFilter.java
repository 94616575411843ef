package kz.rudny.cabinet.library.index.control;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * For a Cyrillic word without Kazakh-only letters, which may be Russian or Kazakh typed without them,
 * keeps the word for the Kazakh stemmer and adds its Russian Snowball stem at the same position, marked
 * as a keyword so that later stemmers leave it alone. Words with ә, ғ, қ ... and non-Cyrillic words pass.
 */
public final class RussianWordStemFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final RussianStemmer russian = new RussianStemmer();
    private String pendingStem;
    private State word;

    public RussianWordStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pendingStem != null) {
            restoreState(word);
            term.setEmpty().append(pendingStem);
            keyword.setKeyword(true);
            position.setPositionIncrement(0);
            pendingStem = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (keyword.isKeyword() || !KazakhLetters.isCyrillicWord(term) || KazakhLetters.hasKazakhSpecific(term)) {
            return true;
        }
        String original = term.toString();
        russian.setCurrent(original);
        russian.stem();
        String stem = russian.getCurrent();
        if (!stem.equals(original)) {
            pendingStem = stem;
            word = captureState();
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pendingStem = null;
        word = null;
    }
}
