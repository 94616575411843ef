package kz.rudny.cabinet.mentoring.courses.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.tenancy.Tenancy;
import kz.rudny.cabinet.mentoring.courses.entity.Course;

/** The caller's school's courses (the tenant filter hides every other school's). */
@ApplicationScoped
public class CourseRecords {

    public static final String RECORD = "MentoringCourse";

    @PersistenceContext(unitName = "mentoring")
    EntityManager em;

    @Inject
    Tenancy tenancy;

    public EntityManager data() {
        return tenancy.schoolData(em);
    }

    public Course find(long id) {
        Course c = data().find(Course.class, id);
        if (c == null) {
            throw new NotFoundException(RECORD, id);
        }
        return c;
    }

    public List<Course> ofStaff(long staffId) {
        return data().createQuery("SELECT c FROM Course c WHERE c.staffId = :s ORDER BY c.endsOn DESC, c.id DESC",
                Course.class).setParameter("s", staffId).getResultList();
    }

    /** Every course of the school: those awaiting confirmation first, then the latest first. */
    public List<Course> all() {
        return data().createQuery("SELECT c FROM Course c ORDER BY c.confirmedAt, c.endsOn DESC, c.id DESC",
                Course.class).getResultList();
    }

    /** The end of each teacher's last confirmed course. */
    public Map<Long, LocalDate> lastConfirmed() {
        Map<Long, LocalDate> last = new HashMap<>();
        data().createQuery("SELECT c.staffId, MAX(c.endsOn) FROM Course c WHERE c.confirmedAt IS NOT NULL"
                + " GROUP BY c.staffId", Object[].class).getResultStream()
                .forEach(row -> last.put((Long) row[0], (LocalDate) row[1]));
        return last;
    }
}
