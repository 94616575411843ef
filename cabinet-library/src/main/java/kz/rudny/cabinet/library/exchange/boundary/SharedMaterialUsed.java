package kz.rudny.cabinet.library.exchange.boundary;

import kz.rudny.cabinet.domain.figures.boundary.SchoolFiguresChanged;

/**
 * A shared material was downloaded or rated: a fact for the district's figures of the exchange, fired for the school
 * the material came from and for the school of the person who used it.
 */
public record SharedMaterialUsed(long schoolId, long materialSchoolId, long materialId)
        implements SchoolFiguresChanged {
}
