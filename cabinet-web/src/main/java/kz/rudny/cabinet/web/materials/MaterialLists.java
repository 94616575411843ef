package kz.rudny.cabinet.web.materials;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import kz.rudny.cabinet.library.materials.boundary.MaterialReview;
import kz.rudny.cabinet.library.materials.boundary.MaterialSummary;
import kz.rudny.cabinet.library.materials.boundary.Materials;
import kz.rudny.cabinet.web.support.LazyPage;

/** The caller's own materials, and the submitted materials waiting for the caller's review; paged on the server. */
@Named
@ViewScoped
public class MaterialLists implements Serializable {

    @Inject
    Materials materials;

    @Inject
    MaterialReview review;

    private LazyPage<MaterialSummary> mine;
    private LazyPage<MaterialSummary> toReview;

    @PostConstruct
    void init() {
        Materials own = materials;
        MaterialReview reviewing = review;
        mine = new LazyPage<>(own::mine, MaterialSummary::id);
        toReview = new LazyPage<>(reviewing::toReview, MaterialSummary::id);
    }

    public LazyPage<MaterialSummary> getMine() {
        return mine;
    }

    public LazyPage<MaterialSummary> getToReview() {
        return toReview;
    }
}
