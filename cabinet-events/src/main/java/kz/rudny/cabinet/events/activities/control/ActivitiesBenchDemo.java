package kz.rudny.cabinet.events.activities.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import kz.rudny.cabinet.domain.platform.boundary.DemoBenchSchoolLoaded;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.events.activities.boundary.ActivityKind;
import kz.rudny.cabinet.events.activities.boundary.ActivityLevel;
import kz.rudny.cabinet.events.activities.boundary.Audience;
import kz.rudny.cabinet.events.activities.entity.Activity;
import kz.rudny.cabinet.events.activities.entity.Registration;

/**
 * The events' part of the reporting benchmark's data: twelve town events of the school in each academic year
 * (master classes, seminars, conferences, round tables at the school's or the town's level) on seeded days; each has
 * 20 of the school's teachers and 5 of the neighbour school's registered, and those past are held with about six in
 * seven of the registered marked present.
 */
@ApplicationScoped
public class ActivitiesBenchDemo {

    private static final int PER_YEAR = 12;
    private static final int OWN_GUESTS = 20;
    private static final int NEIGHBOUR_GUESTS = 5;
    private static final List<ActivityKind> KINDS = List.of(ActivityKind.MASTER_CLASS, ActivityKind.SEMINAR,
            ActivityKind.CONFERENCE, ActivityKind.ROUND_TABLE);

    @Inject
    ActivityRecords records;

    @Inject
    Settings settings;

    void schoolLoaded(@Observes DemoBenchSchoolLoaded school) {
        Random random = school.random("activities");
        LocalDate today = LocalDate.now(settings.timeZone());
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        EntityManager data = records.data();
        DemoBenchSchoolLoaded.Teacher organiser = school.teachers().get(0);
        for (int year : school.years()) {
            for (int i = 0; i < PER_YEAR; i++) {
                LocalDate day = DemoBenchSchoolLoaded.dayIn(random, year);
                Activity a = new Activity(school.schoolId(), school.schoolName(), organiser.accountId(),
                        organiser.fullName(), now);
                ActivityKind kind = KINDS.get(random.nextInt(KINDS.size()));
                a.describe(kind, random.nextBoolean() ? ActivityLevel.SCHOOL : ActivityLevel.TOWN, Audience.TOWN,
                        "Есеп іс-шарасы " + year + "-" + (i + 1), "Мероприятие для замера " + year + "-" + (i + 1),
                        null, day.atTime(14, 0), day.atTime(16, 0), "Мәжіліс залы", null,
                        day.minusDays(14).atStartOfDay(), day.minusDays(1).atTime(18, 0));
                a.capacityFrom(OWN_GUESTS + NEIGHBOUR_GUESTS);
                a.published(now);
                boolean past = day.isBefore(today);
                if (past) {
                    a.held(now);
                }
                data.persist(a);
                register(a, school.schoolId(), school.schoolName(), pick(random, school.teachers(), OWN_GUESTS),
                        past, random, now);
                if (school.neighbourSchoolId() != null) {
                    register(a, school.neighbourSchoolId(), school.neighbourName(),
                            pick(random, school.neighbourTeachers(), NEIGHBOUR_GUESTS), past, random, now);
                }
            }
        }
        data.flush();
    }

    private void register(Activity a, long schoolId, String schoolName, List<DemoBenchSchoolLoaded.Teacher> people,
                          boolean past, Random random, LocalDateTime now) {
        for (DemoBenchSchoolLoaded.Teacher t : people) {
            Registration r = new Registration(a, t.accountId(), schoolId, t.staffId(), t.fullName(), schoolName,
                    "Мұғалім");
            r.placed(a.nextNumber(), now, false);
            a.placeTaken();
            if (past) {
                r.attended(random.nextInt(7) != 0);
            }
            records.data().persist(r);
        }
    }

    /** {@code n} different teachers from a seeded place in the list. */
    private static List<DemoBenchSchoolLoaded.Teacher> pick(Random random, List<DemoBenchSchoolLoaded.Teacher> all,
                                                            int n) {
        int from = random.nextInt(all.size());
        return IntStream.range(0, Math.min(n, all.size())).mapToObj(i -> all.get((from + i) % all.size())).toList();
    }
}
