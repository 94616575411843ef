/**
 * The library's full-text index: one Lucene index of catalogue titles and published materials
 * ({@link kz.rudny.cabinet.library.index.control.LibraryIndex}) with facets and highlighted passages, the text
 * analysis behind it (the Kazakh light stemmer, keyboard folding, Lucene's Russian and English stemming), and
 * {@link kz.rudny.cabinet.library.index.control.IndexKeeper}, which opens it and applies the changes announced
 * by the features that own the documents once their transaction commits. Internal to the index feature.
 */
package kz.rudny.cabinet.library.index.control;
