package kz.rudny.cabinet.library.exchange.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.rudny.cabinet.domain.tenancy.Tenancy;
import kz.rudny.cabinet.library.materials.boundary.DistrictStanding;
import kz.rudny.cabinet.library.materials.boundary.ShareState;

/** Tells the materials feature where a material of the current school stands in the district exchange. */
@ApplicationScoped
public class ShareStandings implements DistrictStanding {

    @Inject
    SharedShelf shared;

    @Inject
    Tenancy tenancy;

    @Override
    public ShareState of(long materialId) {
        return shared.shareOf(tenancy.currentSchool().orElseThrow(), materialId).map(s -> s.getState())
                .orElse(ShareState.NONE);
    }
}
