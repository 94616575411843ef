package kz.rudny.cabinet.mentoring.courses.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Random;
import kz.rudny.cabinet.domain.platform.boundary.DemoBenchSchoolLoaded;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.mentoring.courses.boundary.CourseKind;
import kz.rudny.cabinet.mentoring.courses.entity.Course;

/**
 * The courses' part of the reporting benchmark's data: each teacher has up to two courses of 72 hours that ended on
 * seeded days of the last four years, nearly all of them confirmed by the school's methodologist.
 */
@ApplicationScoped
public class CoursesBenchDemo {

    private static final CourseKind[] KINDS = CourseKind.values();

    @Inject
    CourseRecords records;

    @Inject
    Settings settings;

    void schoolLoaded(@Observes DemoBenchSchoolLoaded school) {
        Random random = school.random("courses");
        LocalDate today = LocalDate.now(settings.timeZone());
        EntityManager data = records.data();
        for (DemoBenchSchoolLoaded.Teacher t : school.teachers()) {
            for (int i = random.nextInt(3); i > 0; i--) {
                LocalDate ends = today.minusDays(1 + random.nextInt(4 * 365));
                Course c = new Course(t.staffId(), t.accountId(), t.fullName(), ends.atTime(10, 0));
                c.describe(new Course.Details("«Өрлеу» БАҰО", "Пән бойынша біліктілікті арттыру курсы",
                        KINDS[random.nextInt(KINDS.length)], 72, ends.minusDays(11), ends, null));
                if (random.nextInt(10) != 0) {
                    c.confirmed("Әдіскер", ends.plusDays(3).atTime(11, 0));
                }
                data.persist(c);
            }
        }
        data.flush();
    }
}
