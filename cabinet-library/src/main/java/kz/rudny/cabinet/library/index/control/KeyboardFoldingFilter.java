package kz.rudny.cabinet.library.index.control;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Applies {@link KeyboardFolding} to every token, keyword-marked or not, so both sides fold alike. */
public final class KeyboardFoldingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public KeyboardFoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        KeyboardFolding.fold(term.buffer(), term.length());
        return true;
    }
}
