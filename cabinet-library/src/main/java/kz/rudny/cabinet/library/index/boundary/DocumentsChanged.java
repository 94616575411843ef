package kz.rudny.cabinet.library.index.boundary;

import java.util.List;

/**
 * Documents of the library index changed in the current transaction (a title edited, a material published,
 * a whole school re-read after the index was found empty): their new versions, put into the index once the
 * transaction commits, replacing those with the same kind, school and id.
 */
public record DocumentsChanged(List<SearchDocument> documents) {

    public DocumentsChanged {
        documents = List.copyOf(documents);
    }

    public static DocumentsChanged of(SearchDocument document) {
        return new DocumentsChanged(List.of(document));
    }
}
