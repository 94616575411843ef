package kz.rudny.cabinet.library.index.boundary;

import java.util.List;
import kz.rudny.cabinet.library.index.boundary.DocumentKind;
import kz.rudny.cabinet.library.index.boundary.SearchHit;
import kz.rudny.cabinet.library.index.boundary.SnippetPart;

/**
 * One found document: which it is, its relevance score (0 when ordered newest first) and a snippet to show
 * under its title, as plain and matched parts of the text (see {@link SnippetPart}).
 */
public record SearchHit(DocumentKind kind, long schoolId, long id, float score, List<SnippetPart> snippet) {

    public SearchHit {
        snippet = List.copyOf(snippet);
    }

    /** The snippet as plain text. */
    public String snippetText() {
        StringBuilder text = new StringBuilder();
        snippet.forEach(part -> text.append(part.text()));
        return text.toString();
    }
}
