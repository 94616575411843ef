/**
 * The library's full-text search: one Lucene index of catalogue titles and published materials
 * ({@link kz.rudny.cabinet.library.index.control.LibraryIndex}) with facets and highlighted passages, and the
 * text analysis behind it (the Kazakh light stemmer, keyboard folding, Lucene's Russian and English stemming).
 * Internal to the library module; other modules reach search through the module's {@code boundary} packages.
 */
package kz.rudny.cabinet.library.index.control;
