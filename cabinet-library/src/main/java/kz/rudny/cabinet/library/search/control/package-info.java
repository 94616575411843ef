/**
 * Text analysis for the catalogue's full-text search: the Kazakh light stemmer, keyboard folding and the
 * analyzer that combines them with Lucene's Russian and English stemming. Internal to the library module;
 * other modules reach search through the module's {@code boundary} packages.
 */
package kz.rudny.cabinet.library.search.control;
