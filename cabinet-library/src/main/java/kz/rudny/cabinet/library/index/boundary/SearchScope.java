package kz.rudny.cabinet.library.index.boundary;

import kz.rudny.cabinet.library.index.boundary.SearchScope;

/** Which documents a search may see at all, before the query text and the facet filters. */
public sealed interface SearchScope {

    /** A school's own documents of both kinds, shared or not; never another school's. */
    record School(long schoolId) implements SearchScope {
    }

    /** The district view: the documents shared as district best practice, of every school. */
    record District() implements SearchScope {
    }
}
