package kz.rudny.cabinet.library.materials.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import kz.rudny.cabinet.domain.people.boundary.TeacherWorkSource;
import kz.rudny.cabinet.domain.people.boundary.WorkItem;
import kz.rudny.cabinet.domain.people.boundary.WorkKind;
import kz.rudny.cabinet.library.materials.boundary.MaterialStatus;
import kz.rudny.cabinet.library.materials.entity.Material;

/**
 * What the library recorded of a teacher's work: the materials they wrote that were approved and published in the
 * school, on the day of publication. Read through {@link Shelf#data()}, the school's tenant filter.
 */
@ApplicationScoped
public class MaterialsInTeacherWork implements TeacherWorkSource {

    @Inject
    Shelf shelf;

    @Override
    public List<WorkItem> itemsOf(long staffId, long accountId, LocalDate from, LocalDate to) {
        return shelf.data().createQuery("SELECT m FROM Material m WHERE m.authorStaffId = :staff"
                        + " AND m.status = :published AND m.publishedAt >= :start AND m.publishedAt < :end", Material.class)
                .setParameter("staff", staffId).setParameter("published", MaterialStatus.PUBLISHED)
                .setParameter("start", from.atStartOfDay()).setParameter("end", to.plusDays(1).atStartOfDay())
                .getResultStream().map(m -> new WorkItem(WorkKind.MATERIAL_PUBLISHED, m.getId(), m.getTitleKk(),
                        m.getTitleRu(), m.getPublishedAt().toLocalDate())).toList();
    }
}
