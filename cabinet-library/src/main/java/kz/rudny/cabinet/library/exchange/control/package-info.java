/**
 * Keeping the exchange: the district's copy of a shared material, a deleted material leaving the district
 * ({@code MaterialDeleted}), a material's standing told to the materials feature ({@code DistrictStanding}), the
 * stored files the district's copies use told to the orphan sweep ({@code SharedFileOwner}), and the exchange's
 * part of the demo data.
 */
package kz.rudny.cabinet.library.exchange.control;
