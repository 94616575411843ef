/**
 * The library's search index as the other features see it: documents (kind, school, id, text, facet values), the
 * events that put them in or take them out once a transaction commits ({@code DocumentsChanged}, {@code
 * DocumentRemoved}), the announcement that the index was found empty at start ({@code EmptyIndexFound}), and
 * {@code SearchIndex}, which answers a search with ids, counts and passages.
 *
 * <p>This feature depends on no other feature: owners push their documents by events and read hits back
 * themselves (see the {@code search} feature), so the engine stays at the bottom of the library.
 */
package kz.rudny.cabinet.library.index.boundary;
