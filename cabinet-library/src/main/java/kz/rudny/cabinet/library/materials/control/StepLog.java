package kz.rudny.cabinet.library.materials.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import kz.rudny.cabinet.library.materials.boundary.StepKind;
import kz.rudny.cabinet.library.materials.entity.Material;
import kz.rudny.cabinet.library.materials.entity.MaterialStep;

/** Writes the steps of a material's workflow (created, file added, submitted, approved ...) with who and when. */
@ApplicationScoped
public class StepLog {

    @Inject
    Shelf shelf;

    public void record(Material m, StepKind kind, String actor, String comment, LocalDateTime now) {
        MaterialStep s = new MaterialStep(m, kind, actor, now, comment);
        shelf.data().persist(s);
        // The steps of one call share their time (APPROVED and PUBLISHED), so their order is the id's: written
        // now, each gets its identity in the order it happened (EclipseLink inserts new objects of one class
        // in no particular order at commit).
        shelf.data().flush();
        m.getSteps().add(s);
    }
}
