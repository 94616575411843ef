package kz.rudny.cabinet.library.materials.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import kz.rudny.cabinet.domain.people.boundary.TeacherWork;
import kz.rudny.cabinet.domain.people.boundary.TeacherWorkSource;
import kz.rudny.cabinet.library.materials.boundary.MaterialStatus;

/**
 * What the library recorded of a teacher's work: the materials they wrote that were approved and published in the
 * school, counted by the day of publication. Read through {@link Shelf#data()}, the school's tenant filter.
 */
@ApplicationScoped
public class MaterialsInTeacherWork implements TeacherWorkSource {

    @Inject
    Shelf shelf;

    @Override
    public TeacherWork of(long staffId, long accountId, LocalDate from, LocalDate to) {
        long published = shelf.data().createQuery("SELECT COUNT(m) FROM Material m WHERE m.authorStaffId = :staff"
                        + " AND m.status = :published AND m.publishedAt >= :start AND m.publishedAt < :end", Long.class)
                .setParameter("staff", staffId).setParameter("published", MaterialStatus.PUBLISHED)
                .setParameter("start", from.atStartOfDay()).setParameter("end", to.plusDays(1).atStartOfDay())
                .getSingleResult();
        return new TeacherWork(0, 0, 0, (int) published);
    }
}
