/**
 * The library's search as people use it (the search page, the catalogue's search and the REST API): the caller's
 * school (catalogue titles and published materials) or the district's shared materials, with facets and
 * highlighted passages.
 *
 * <p>Why this design: the index itself is the {@code index} feature, at the bottom; the features that own
 * documents (catalogue, materials) put them in by events, so none of them depends on search. This feature sits
 * on top: it asks the index for ids and reads every hit back through its owner's boundary ({@code Catalogue},
 * {@code PublishedMaterials}, {@code DistrictExchange}, {@code Corners} for facet labels), so nothing stale or
 * foreign is ever shown. Owners never call search, search never reaches an owner's entities: no cycle.
 */
package kz.rudny.cabinet.library.search.boundary;
