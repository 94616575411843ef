package kz.rudny.cabinet.mentoring.attestation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.people.boundary.QualificationCategory;
import kz.rudny.cabinet.domain.people.boundary.TeachingRecord;
import kz.rudny.cabinet.domain.people.boundary.TeachingRecords;
import kz.rudny.cabinet.domain.export.DemoPaper;
import kz.rudny.cabinet.domain.files.boundary.IncomingFile;
import kz.rudny.cabinet.domain.files.boundary.StoredFiles;
import kz.rudny.cabinet.domain.platform.boundary.DemoSchoolLoaded;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.school.boundary.TeachingLanguage;
import kz.rudny.cabinet.mentoring.attestation.boundary.AchievementLevel;
import kz.rudny.cabinet.mentoring.attestation.boundary.EvidenceKind;
import kz.rudny.cabinet.mentoring.attestation.entity.AttestationRecord;
import kz.rudny.cabinet.mentoring.attestation.entity.Evidence;

/**
 * The attestation part of the demo data, for each school: the last attestations spread over five years, so that the
 * mentor and the methodologist are due this academic year and "t02" is overdue; the mentor applied for педагог-мастер
 * again this year; and the first педагог-модератор of the school (the gymnasium's "t07") aims at педагог-эксперт next
 * year with a portfolio that has some of what it needs (an open lesson and a pupil's result at town level, a school
 * publication, the test at 72 %) and misses the rest.
 */
@ApplicationScoped
public class AttestationDemo {

    /** Who was last attested how many months before today (due after five years). */
    private static final Map<String, Integer> MONTHS_AGO = Map.of("mentor", 56, "methodologist", 52, "head", 30,
            "teacher", 18, "t01", 40, "t02", 63, "t03", 9, "t04", 24, "t05", 47, "t06", 34);

    @Inject
    AttestationRecords records;

    @Inject
    TeachingRecords teaching;

    @Inject
    Settings settings;

    @Inject
    StoredFiles files;

    void schoolLoaded(@Observes DemoSchoolLoaded school) {
        LocalDate today = LocalDate.now(settings.timeZone());
        int year = AcademicYear.of(today).startYear();
        MONTHS_AGO.forEach((who, months) -> {
            if (school.staff().containsKey(who)) {
                AttestationRecord a = new AttestationRecord(school.staff().get(who).staffId());
                a.attested(today.minusMonths(months), who.equals("mentor") ? QualificationCategory.MASTER : null, year);
                records.data().persist(a);
            }
        });
        List<TeachingRecord> moderators = teaching.onDay(today).stream()
                .filter(r -> r.category() == QualificationCategory.MODERATOR && !r.youngSpecialist()).toList();
        if (!moderators.isEmpty()) {
            aimsAtExpert(moderators.get(0).card().staffId(), school.language() != TeachingLanguage.RUSSIAN, today);
        }
        records.data().flush();
    }

    private void aimsAtExpert(long staffId, boolean kazakh, LocalDate today) {
        AttestationRecord a = records.data().createQuery("SELECT a FROM AttestationRecord a WHERE a.staffId = :s",
                AttestationRecord.class).setParameter("s", staffId).getResultStream().findFirst().orElse(null);
        if (a == null) {
            a = new AttestationRecord(staffId);
            a.attested(today.minusYears(4).minusMonths(2), null, AcademicYear.of(today).startYear());
            records.data().persist(a);
        }
        a.aimAt(QualificationCategory.EXPERT, today.getYear() + 1);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        evidence(staffId, EvidenceKind.OPEN_LESSON, AchievementLevel.TOWN, kazakh
                ? "Қалалық семинардағы ашық сабақ: «Сандарды салыстыру»" : "Открытый урок на городском семинаре: «Сравнение чисел»",
                today.minusMonths(7), null, null, null, now);
        Evidence olympiad = evidence(staffId, EvidenceKind.PUPIL_RESULT, AchievementLevel.TOWN, kazakh
                ? "Қалалық пән олимпиадасы" : "Городская предметная олимпиада", today.minusMonths(9),
                kazakh ? "Ерболатова Аяжан, 4 А" : "Ерболатова Аяжан, 4 А", 2, null, now);
        olympiad.file(files.accept(new IncomingFile("диплом.pdf", new ByteArrayInputStream(
                DemoPaper.pdf(kazakh ? "II дәрежелі ДИПЛОМ" : "ДИПЛОМ II степени", "Ерболатова Аяжан, 4 А",
                        kazakh ? "Қалалық пән олимпиадасы" : "Городская предметная олимпиада",
                        today.minusMonths(9).toString())))));
        evidence(staffId, EvidenceKind.PUBLICATION, AchievementLevel.SCHOOL, kazakh
                ? "Мектептің әдістемелік жинағындағы мақала" : "Статья в методическом сборнике школы",
                today.minusMonths(5), null, null, null, now);
        evidence(staffId, EvidenceKind.AWARD, AchievementLevel.SCHOOL, kazakh
                ? "Мектеп директорының алғыс хаты" : "Благодарственное письмо директора школы", today.minusMonths(14),
                null, null, null, now);
        evidence(staffId, EvidenceKind.TEST_RESULT, AchievementLevel.REPUBLIC, kazakh
                ? "Ұлттық біліктілік тестілеуі" : "Национальное квалификационное тестирование", today.minusMonths(3),
                null, null, 72, now);
    }

    private Evidence evidence(long staffId, EvidenceKind kind, AchievementLevel level, String title, LocalDate on,
                              String pupil, Integer place, Integer percent, LocalDateTime now) {
        Evidence e = new Evidence(staffId, new Evidence.Facts(kind, level, title, on, pupil, place, percent, null, null),
                now);
        records.data().persist(e);
        return e;
    }
}
