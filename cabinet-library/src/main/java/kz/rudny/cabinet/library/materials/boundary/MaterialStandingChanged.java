package kz.rudny.cabinet.library.materials.boundary;

import kz.rudny.cabinet.domain.figures.boundary.SchoolFiguresChanged;

/**
 * Something another feature knows about a material changed (it was placed in or taken out of a corner,
 * shared or withdrawn from the district), so its search document must be built again. Fired by those
 * features in their transaction; the materials feature re-indexes the material once that commits, as its
 * school (the id comes from the firing feature's own record, never from a request). A fact for the district's
 * figures too (materials shared).
 */
public record MaterialStandingChanged(long schoolId, long materialId) implements SchoolFiguresChanged {
}
