package kz.rudny.cabinet.library.index.control;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import kz.rudny.cabinet.library.index.boundary.SnippetPart;
import org.apache.lucene.search.IndexSearcher;

/**
 * The snippet of a hit without a highlighted passage (blank query, or a match only in the keywords): the
 * start of its description, or of its body when it has no description, cut after a whole word near
 * {@value #LENGTH} characters. One plain part, or none when the document has neither text.
 */
final class OpeningSnippet {

    static final int LENGTH = 240;

    private OpeningSnippet() {
    }

    static List<SnippetPart> of(IndexSearcher searcher, int doc) throws IOException {
        String text = stored(searcher, doc, LibraryFields.DESCRIPTION);
        if (text.isBlank()) {
            text = stored(searcher, doc, LibraryFields.BODY);
        }
        String opening = opening(text);
        return opening.isEmpty() ? List.of() : List.of(new SnippetPart(opening, false));
    }

    /** The text's start, up to the last whitespace before the limit (or cut at it if there is none). */
    static String opening(String text) {
        String trimmed = text.strip();
        if (trimmed.length() <= LENGTH) {
            return trimmed;
        }
        int cut = LENGTH;
        while (cut > LENGTH / 2 && !Character.isWhitespace(trimmed.charAt(cut))) {
            cut--;
        }
        if (cut == LENGTH / 2) {
            cut = LENGTH;
        }
        return trimmed.substring(0, cut).stripTrailing();
    }

    private static String stored(IndexSearcher searcher, int doc, String field) throws IOException {
        String value = searcher.storedFields().document(doc, Set.of(field)).get(field);
        return value == null ? "" : value;
    }
}
