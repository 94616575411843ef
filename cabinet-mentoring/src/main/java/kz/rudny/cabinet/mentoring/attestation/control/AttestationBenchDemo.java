package kz.rudny.cabinet.mentoring.attestation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Random;
import kz.rudny.cabinet.domain.platform.boundary.DemoBenchSchoolLoaded;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.mentoring.attestation.entity.AttestationRecord;

/**
 * The attestation's part of the reporting benchmark's data: about two teachers in three have an attestation record
 * with the day of their last attestation on a seeded day of the last six years (the others count from their start).
 */
@ApplicationScoped
public class AttestationBenchDemo {

    @Inject
    AttestationRecords records;

    @Inject
    Settings settings;

    void schoolLoaded(@Observes DemoBenchSchoolLoaded school) {
        Random random = school.random("attestation");
        LocalDate today = LocalDate.now(settings.timeZone());
        EntityManager data = records.data();
        for (DemoBenchSchoolLoaded.Teacher t : school.teachers()) {
            if (random.nextInt(3) != 0) {
                AttestationRecord a = new AttestationRecord(t.staffId());
                a.attested(today.minusDays(1 + random.nextInt(6 * 365)), null, null);
                data.persist(a);
            }
        }
        data.flush();
    }
}
