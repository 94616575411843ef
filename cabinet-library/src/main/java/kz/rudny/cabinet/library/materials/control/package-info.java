/**
 * The rules behind digital materials: the school's materials through the tenant filter ({@code Shelf}), who
 * may see, edit and review one ({@code Reader}), the text inside the files ({@code TextExtractor}; the files
 * themselves are the domain's stored files, to which {@code MaterialFileOwner} tells the names the materials use),
 * keeping published materials in the search index, and the materials' part of the demo data.
 * Internal to the materials feature.
 */
package kz.rudny.cabinet.library.materials.control;
