/**
 * Methodical associations (subject departments) of a school: the school methodologist creates them and
 * chooses their head and members; everyone in the school sees them. Making someone head grants the
 * association-head role.
 */
package kz.rudny.cabinet.domain.association.boundary;
