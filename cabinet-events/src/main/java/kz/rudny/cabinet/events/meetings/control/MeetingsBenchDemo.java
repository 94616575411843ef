package kz.rudny.cabinet.events.meetings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import kz.rudny.cabinet.domain.association.boundary.AssociationRoster;
import kz.rudny.cabinet.domain.platform.boundary.DemoBenchSchoolLoaded;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.events.meetings.entity.Meeting;

/**
 * The meetings' part of the reporting benchmark's data: nine meetings of each association in each academic year, on
 * seeded days from September to May; those already past are held (with their protocol numbers) but one in seven,
 * which stays planned. No minutes: the dashboard counts the meetings only.
 */
@ApplicationScoped
public class MeetingsBenchDemo {

    private static final int PER_YEAR = 9;

    @Inject
    MeetingRecords records;

    @Inject
    Settings settings;

    void schoolLoaded(@Observes DemoBenchSchoolLoaded school) {
        Random random = school.random("meetings");
        LocalDate today = LocalDate.now(settings.timeZone());
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        for (AssociationRoster a : school.associations()) {
            for (int year : school.years()) {
                int number = 0;
                for (int i = 0; i < PER_YEAR; i++) {
                    LocalDate day = DemoBenchSchoolLoaded.dayIn(random, year);
                    Meeting m = new Meeting(a.id(), a.name(), year, a.headName(), now);
                    m.schedule(day.atTime(15, 0), day.atTime(16, 0), "Әдістемелік кабинет");
                    if (day.isBefore(today) && random.nextInt(7) != 0) {
                        m.held(++number);
                        m.officers(a.headId(), a.headName(), null, null, null);
                    }
                    records.data().persist(m);
                }
            }
        }
        records.data().flush();
    }
}
