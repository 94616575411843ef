/**
 * The Library module: the cabinet library's physical holdings ({@code catalogue}: titles, copies, loans,
 * reservations, import), teachers' digital materials and their review ({@code materials}), the corners ({@code
 * corners}), best practice across the town ({@code exchange}), publication certificates ({@code certificates}),
 * the full-text index ({@code index}) and the search people use ({@code search}). Own persistence unit {@code
 * library}, own migrations from {@code V100}; its entities are school-scoped but for a reviewed few.
 *
 * <p>Each feature is {@code <feature>.boundary} (its API), {@code control} and {@code entity} (internal).
 * Features use each other only through boundaries or by observing events, without cycles: {@code index} at the
 * bottom; {@code catalogue} and {@code materials} above it; {@code corners} and {@code exchange} above
 * materials; {@code certificates} above exchange; {@code search} on top. {@code ModuleBoundariesTest} checks
 * this.
 */
package kz.rudny.cabinet.library;
