package kz.rudny.cabinet.library.index.control;

import java.io.IOException;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * An index searcher that carries the facet ordinal state of its reader, built once when the near-real-time
 * reader is opened (by the thread that refreshes after a change) rather than on every search.
 */
final class FacetedSearcher extends IndexSearcher {

    private final SortedSetDocValuesReaderState facetState;

    private FacetedSearcher(IndexReader reader, SortedSetDocValuesReaderState facetState) {
        super(reader);
        this.facetState = facetState;
    }

    /** The facet state, or null when the reader has no document with a facet (nothing to count). */
    SortedSetDocValuesReaderState facetState() {
        return facetState;
    }

    static SearcherFactory factory(LibraryFacets facets) {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
                return new FacetedSearcher(reader, facets.state(reader));
            }
        };
    }
}
