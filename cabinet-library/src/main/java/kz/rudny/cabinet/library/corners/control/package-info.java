/**
 * Keeping the corners: the seed corners every school gets, a deleted material leaving every corner ({@code
 * MaterialDeleted}), the placements the materials feature asks for its search documents ({@code Placements}),
 * and the corners' part of the demo data.
 */
package kz.rudny.cabinet.library.corners.control;
