package kz.rudny.cabinet.events.activities.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.people.boundary.StaffCard;
import kz.rudny.cabinet.domain.platform.boundary.DemoSchoolLoaded;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.school.boundary.TeachingLanguage;
import kz.rudny.cabinet.events.activities.boundary.ActivityKind;
import kz.rudny.cabinet.events.activities.boundary.ActivityLevel;
import kz.rudny.cabinet.events.activities.boundary.ActivityStatus;
import kz.rudny.cabinet.events.activities.boundary.Audience;
import kz.rudny.cabinet.events.activities.entity.Activity;
import kz.rudny.cabinet.events.activities.entity.ActivityFeedback;
import kz.rudny.cabinet.events.activities.entity.Presenter;
import kz.rudny.cabinet.events.activities.entity.Registration;
import kz.rudny.cabinet.events.plan.boundary.DemoSourcePlanned;

/**
 * The events' part of the demo data, so that a newcomer sees the module at work. Every school: a master class held
 * twelve days ago with attendance taken and feedback; an open lesson next week open to the town, with observers registered (from
 * the schools loaded before it too); a seminar cancelled with its reason; a round table still a draft. The
 * district (made while the first school loads, as nobody is signed in): a seminar held with people of every school,
 * a seminar open to all schools with only a few places left, a cancelled one and a draft. The previous academic
 * year: events of several kinds and levels the school held, with attendance, twice as many as its pace.
 */
@ApplicationScoped
public class ActivitiesDemo {

    /** An event of the previous academic year: its month of that year (0 = September) and who presented it. */
    private record Earlier(int month, ActivityKind kind, ActivityLevel level, String presenter, String titleKk,
                           String titleRu, List<String> attendees) {
    }

    private static final List<Earlier> LAST_YEAR = List.of(
            new Earlier(1, ActivityKind.SEMINAR, ActivityLevel.SCHOOL, "methodologist",
                    "«Критериалды бағалау: дескрипторлар құру» семинары",
                    "Семинар «Критериальное оценивание: составляем дескрипторы»",
                    List.of("teacher", "t01", "t02", "t03", "t04")),
            new Earlier(2, ActivityKind.OPEN_LESSON, ActivityLevel.TOWN, "mentor", "Ашық сабақ: «Пропорция», 6-сынып",
                    "Открытый урок: «Пропорция», 6 класс", List.of("young2", "t02", "t03")),
            new Earlier(3, ActivityKind.MASTER_CLASS, ActivityLevel.SCHOOL, "head",
                    "«Сыни тұрғыдан ойлау стратегиялары» шеберлік сыныбы",
                    "Мастер-класс «Стратегии критического мышления»", List.of("young2", "t04", "t05", "t06")),
            new Earlier(5, ActivityKind.ROUND_TABLE, ActivityLevel.SCHOOL, "t01",
                    "Дөңгелек үстел: «Оқушылардың функционалдық сауаттылығы»",
                    "Круглый стол «Функциональная грамотность учащихся»", List.of("teacher", "t05", "t07")),
            new Earlier(6, ActivityKind.CONFERENCE, ActivityLevel.TOWN, "teacher",
                    "Ғылыми-практикалық конференция: «Зерттеу сабағы»",
                    "Научно-практическая конференция «Урок-исследование»", List.of("mentor", "t01", "t02", "t06", "t07")),
            new Earlier(7, ActivityKind.MASTER_CLASS, ActivityLevel.REGION, "mentor",
                    "Облыстық шеберлік сынып: «Сабақтағы цифрлық құралдар»",
                    "Областной мастер-класс «Цифровые инструменты на уроке»", List.of("young2", "teacher", "t03")));

    @Inject
    ActivityRecords records;

    @Inject
    Places places;

    @Inject
    Settings settings;

    @Inject
    Event<DemoSourcePlanned> inPlan;

    void schoolLoaded(@Observes DemoSchoolLoaded school) {
        LocalDate today = LocalDate.now(settings.timeZone());
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        boolean kazakh = school.language() != TeachingLanguage.RUSSIAN;
        if (school.districtMethodologist() != null && districtEvents().isEmpty()) {
            district(school.districtMethodologist(), today, now);
        }
        Activity held = event(school, "methodologist", ActivityKind.MASTER_CLASS, ActivityLevel.SCHOOL, Audience.SCHOOL,
                kazakh ? "«Белсенді оқыту әдістері: кері байланыс» шеберлік сыныбы" : null,
                kazakh ? null : "Мастер-класс «Активные методы обучения: обратная связь на уроке»",
                kazakh ? "Сабақта кері байланыс берудің тиімді тәсілдері, тәжірибе алмасу."
                        : "Приёмы обратной связи на уроке, обмен опытом.",
                today.minusDays(12).atTime(14, 0), 90, kazakh ? "Әдістемелік кабинет" : "Методический кабинет", 15, now);
        presenter(held, school.staff().get("mentor"));
        for (String who : List.of("teacher", "young", "young2", "t01", "t02", "t03")) {
            register(held, school, who, now).attended(!"t03".equals(who));
        }
        held.held(now);
        feedback(held, school, "young", 5, kazakh ? "Кері байланыстың «Бағдаршам» тәсілін сабағымда қолданамын."
                : "Приём «Светофор» для обратной связи возьму на свои уроки.", now);
        feedback(held, school, "t01", 4, kazakh ? "Бастауыш сыныпқа бейімделген мысалдар көбірек болса екен."
                : "Хотелось бы больше примеров для начальной школы.", now);
        feedback(held, school, "t02", 5, null, now);
        inPlan.fire(ActivitiesInPlan.demoEntry(held, school.staff().get("mentor").staffId(),
                school.staff().get("mentor").fullName(), held.getStartsAt().toLocalDate()));

        Activity open = event(school, "head", ActivityKind.OPEN_LESSON, ActivityLevel.TOWN, Audience.TOWN,
                kazakh ? "Ашық сабақ: «Жасушаның құрылысы», 8-сынып" : null,
                kazakh ? null : "Открытый урок: «Строение клетки», 8 класс",
                kazakh ? "Сабақ мақсаттары: жасуша органоидтарын атау, олардың қызметін түсіндіру. Бақылаушылар сабақты талдау нысанын толтырады."
                        : "Цели урока: назвать органоиды клетки, объяснить их функции. Наблюдатели заполняют форму анализа урока.",
                today.plusDays(6).atTime(10, 0), 45, kazakh ? "214-кабинет" : "Кабинет 214", 8, now);
        presenter(open, school.staff().get("teacher"));
        open.published(now);
        register(open, school, "young", now);
        register(open, school, "young2", now);
        inPlan.fire(ActivitiesInPlan.demoEntry(open, school.staff().get("teacher").staffId(),
                school.staff().get("teacher").fullName(), null));
        for (Activity earlier : openLessonsOfOtherSchools(school.schoolId())) {
            register(earlier, school, "t04", now);
            register(earlier, school, "t05", now);
        }

        Activity cancelled = event(school, "methodologist", ActivityKind.SEMINAR, ActivityLevel.SCHOOL, Audience.SCHOOL,
                kazakh ? "«Функционалдық сауаттылық» семинары" : null,
                kazakh ? null : "Семинар «Функциональная грамотность»", null,
                today.plusDays(9).atTime(15, 0), 60, kazakh ? "Акт залы" : "Актовый зал", 30, now);
        cancelled.published(now);
        register(cancelled, school, "t06", now);
        places.cancelAll(cancelled, now);
        cancelled.cancelled(kazakh ? "Жүргізуші облыстық курсқа жіберілді; семинар келесі тоқсанға ауыстырылады."
                : "Ведущий направлен на областные курсы; семинар переносится на следующую четверть.", now);

        event(school, "head", ActivityKind.ROUND_TABLE, ActivityLevel.SCHOOL, Audience.SCHOOL,
                kazakh ? "Дөңгелек үстел: «Жас маманның алғашқы жылы»" : null,
                kazakh ? null : "Круглый стол «Первый год молодого специалиста»", null,
                today.plusDays(20).atTime(15, 0), 60, kazakh ? "Кітапхана" : "Библиотека", 20, now);

        lastYear(school, AcademicYear.of(today).previous(), kazakh);
        for (Activity district : districtEvents()) {
            if (district.getStatus() == ActivityStatus.HELD) {
                register(district, school, "mentor", now).attended(true);
                register(district, school, "t01", now).attended(true);
                feedback(district, school, "mentor", 4, kazakh ? "Дескрипторлар құру бойынша практикалық бөлім пайдалы болды."
                        : "Практическая часть по составлению дескрипторов была полезной.", now);
            } else if (district.getStatus() == ActivityStatus.PUBLISHED) {
                for (String who : List.of("teacher", "young", "mentor")) {
                    register(district, school, who, now);
                }
            }
        }
        records.data().flush();
    }

    /** The school's events of the previous academic year, held, attendance taken (one absent), entered weeks before. */
    private void lastYear(DemoSchoolLoaded school, AcademicYear year, boolean kazakh) {
        for (Earlier e : LAST_YEAR.subList(0, Math.min(LAST_YEAR.size(), 2 * school.pace()))) {
            LocalDateTime start = year.firstDay().plusMonths(e.month()).plusDays(17)
                    .with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY)).atTime(14, 0);
            LocalDateTime entered = start.minusDays(21);
            boolean town = e.level() != ActivityLevel.SCHOOL;
            Activity a = event(school, "methodologist", e.kind(), e.level(), town ? Audience.TOWN : Audience.SCHOOL,
                    kazakh ? e.titleKk() : null, kazakh ? null : e.titleRu(), null, start, 90,
                    kazakh ? "Әдістемелік кабинет" : "Методический кабинет", 30, entered);
            presenter(a, school.staff().get(e.presenter()));
            a.published(entered);
            for (String who : e.attendees()) {
                register(a, school, who, start.minusDays(5)).attended(!who.equals(e.attendees().get(e.attendees().size() - 1)));
            }
            a.held(start.plusHours(2));
            feedback(a, school, e.attendees().get(0), 5, null, start.plusDays(1));
            inPlan.fire(ActivitiesInPlan.demoEntry(a, school.staff().get(e.presenter()).staffId(),
                    school.staff().get(e.presenter()).fullName(), start.toLocalDate()));
        }
    }

    private void district(DemoSchoolLoaded.DistrictPerson methodologist, LocalDate today, LocalDateTime now) {
        String hall = "Рудный қалалық білім бөлімі, мәжіліс залы / Отдел образования города Рудного, актовый зал";
        Activity held = district(methodologist, ActivityKind.SEMINAR, "Қалалық семинар: «Жаңартылған білім мазмұны: критериалды бағалау»",
                "Городской семинар «Обновлённое содержание образования: критериальное оценивание»",
                today.minusDays(20).atTime(15, 0), 120, hall, 40, now);
        held.presenters().add(new Presenter(held, 1, null, null, "Ковалева Ирина Петровна"));
        held.held(now);
        Activity open = district(methodologist, ActivityKind.SEMINAR, "Аудандық семинар: «Lesson Study: зерттеу сабағын бірге жоспарлау»",
                "Районный семинар «Lesson Study: планируем исследовательский урок вместе»",
                today.plusDays(8).atTime(15, 0), 120, hall, 12, now);
        open.presenters().add(new Presenter(open, 1, null, null, "Ковалева Ирина Петровна"));
        open.published(now);
        Activity cancelled = district(methodologist, ActivityKind.CONFERENCE, "Қалалық педагогикалық конференция",
                "Городская педагогическая конференция", today.plusDays(14).atTime(10, 0), 240, hall, 100, now);
        cancelled.published(now);
        cancelled.cancelled("Облыстық конференциямен бір күнге түсті / Совпала по дате с областной конференцией", now);
        district(methodologist, ActivityKind.ROUND_TABLE, "Дөңгелек үстел: тәлімгерлік тәжірибесі",
                "Круглый стол: опыт наставничества", today.plusDays(35).atTime(15, 0), 90, hall, 25, now);
    }

    private Activity district(DemoSchoolLoaded.DistrictPerson methodologist, ActivityKind kind, String titleKk,
                              String titleRu, LocalDateTime start, int minutes, String place, int capacity,
                              LocalDateTime now) {
        Activity a = new Activity(null, null, methodologist.accountId(), methodologist.fullName(), now);
        a.describe(kind, ActivityLevel.TOWN, Audience.DISTRICT, titleKk, titleRu, null, start,
                start.plusMinutes(minutes), place, null, start.minusDays(30), start.minusHours(2));
        a.capacityFrom(capacity);
        records.data().persist(a);
        records.data().flush();
        return a;
    }

    private Activity event(DemoSchoolLoaded school, String organiser, ActivityKind kind, ActivityLevel level,
                           Audience audience, String titleKk, String titleRu, String description, LocalDateTime start,
                           int minutes, String place, int capacity, LocalDateTime now) {
        Activity a = new Activity(school.schoolId(), school.schoolName(), school.accountIds().get(organiser),
                school.staff().get(organiser).fullName(), now);
        a.describe(kind, level, audience, titleKk, titleRu, description, start, start.plusMinutes(minutes), place, null,
                start.minusDays(21), start.minusHours(1));
        a.capacityFrom(capacity);
        records.data().persist(a);
        records.data().flush();
        return a;
    }

    private static void presenter(Activity a, StaffCard who) {
        a.presenters().add(new Presenter(a, a.presenters().size() + 1, who.staffId(), null, who.fullName()));
    }

    private Registration register(Activity a, DemoSchoolLoaded school, String who, LocalDateTime now) {
        StaffCard card = school.staff().get(who);
        Registration r = new Registration(a, school.accountIds().get(who), school.schoolId(), card.staffId(),
                card.fullName(), school.schoolName(), card.jobTitle());
        places.take(a, r, now);
        records.data().persist(r);
        return r;
    }

    private void feedback(Activity a, DemoSchoolLoaded school, String who, int rating, String comment,
                          LocalDateTime now) {
        records.data().persist(new ActivityFeedback(a, school.accountIds().get(who), school.schoolId(), rating, comment,
                now));
    }

    private List<Activity> districtEvents() {
        return records.data().createQuery("SELECT a FROM Activity a WHERE a.ownerSchoolId IS NULL ORDER BY a.id",
                Activity.class).getResultList();
    }

    private List<Activity> openLessonsOfOtherSchools(long schoolId) {
        return records.data().createQuery("SELECT a FROM Activity a WHERE a.ownerSchoolId <> :me"
                        + " AND a.audience = :town AND a.status = :published ORDER BY a.id", Activity.class)
                .setParameter("me", schoolId).setParameter("town", Audience.TOWN)
                .setParameter("published", ActivityStatus.PUBLISHED).getResultList();
    }
}
