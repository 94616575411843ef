/**
 * The rules behind digital materials: the school's materials through the tenant filter ({@code Shelf}), who
 * may see, edit and review one ({@code Reader}), the files (their kind from the bytes, the name kept of what the
 * browser sent, storage under generated names, deletion only after commit, the orphan sweep, the text inside
 * documents), keeping published materials in the search index, and the materials' part of the demo data.
 * Internal to the materials feature.
 */
package kz.rudny.cabinet.library.materials.control;
