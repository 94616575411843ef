package kz.rudny.cabinet.library.index.boundary;

import java.util.List;

/**
 * Documents of the library index changed in the current transaction (a title edited, a material published,
 * a whole school re-read after the index was found empty): their new versions, put into the index once the
 * transaction commits, replacing those with the same kind, school and id. Documents put back by a rebuild (and the
 * files' text read for them afterwards) are {@code rebuilt}: only this server's index needs them, every server of a
 * cluster rebuilding its own from the database, so they are not written to the cluster's change log.
 */
public record DocumentsChanged(List<SearchDocument> documents, boolean rebuilt) {

    public DocumentsChanged {
        documents = List.copyOf(documents);
    }

    /** A change that committed: for every server's index. */
    public static DocumentsChanged of(SearchDocument document) {
        return new DocumentsChanged(List.of(document), false);
    }

    /** Documents put back from the database into this server's own index. */
    public static DocumentsChanged rebuilt(List<SearchDocument> documents) {
        return new DocumentsChanged(documents, true);
    }
}
