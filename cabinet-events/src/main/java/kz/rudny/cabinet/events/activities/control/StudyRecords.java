package kz.rudny.cabinet.events.activities.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.tenancy.Tenancy;
import kz.rudny.cabinet.events.activities.entity.LessonStudy;

/** The Lesson Study cycles of the caller's school, through {@link Tenancy#schoolData(EntityManager)}. */
@ApplicationScoped
public class StudyRecords {

    public static final String RECORD = "LessonStudy";

    @PersistenceContext(unitName = "events")
    EntityManager em;

    @Inject
    Tenancy tenancy;

    public EntityManager data() {
        return tenancy.schoolData(em);
    }

    public LessonStudy find(long id) {
        LessonStudy s = data().find(LessonStudy.class, id);
        if (s == null) {
            throw new NotFoundException(RECORD, id);
        }
        return s;
    }

    public List<LessonStudy> all() {
        return data().createQuery("SELECT s FROM LessonStudy s ORDER BY s.academicYear DESC, s.title, s.id",
                LessonStudy.class).getResultList();
    }
}
