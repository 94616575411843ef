package kz.rudny.cabinet.mentoring.courses.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.export.DemoPaper;
import kz.rudny.cabinet.domain.files.boundary.IncomingFile;
import kz.rudny.cabinet.domain.files.boundary.StoredFiles;
import kz.rudny.cabinet.domain.people.boundary.StaffCard;
import kz.rudny.cabinet.domain.platform.boundary.DemoSchoolLoaded;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.school.boundary.TeachingLanguage;
import kz.rudny.cabinet.mentoring.courses.boundary.CourseKind;
import kz.rudny.cabinet.mentoring.courses.entity.Course;

/**
 * The courses' part of the demo data, for each school: confirmed courses with their certificates spread over the
 * last three years (the mentor's a Cambridge-programme course), one teacher ("t05") whose last course ended more than
 * three years ago (overdue), two ("t04" and "teacher") due within months, of whom "teacher" has already entered a new
 * course that awaits the methodologist's confirmation. Young specialists have none yet, but at a school of some pace
 * the second ("young2") took the school for young teachers in the spring of the previous academic year.
 */
@ApplicationScoped
public class CoursesDemo {

    private record Demo(String who, int monthsAgo, CourseKind kind, String kk, String ru, int hours, boolean confirmed) {
    }

    private static final List<Demo> COURSES = List.of(
            new Demo("mentor", 14, CourseKind.CAMBRIDGE, "Қазақстан Республикасы педагогтерінің біліктілігін арттырудың деңгейлік бағдарламасы",
                    "Уровневая программа повышения квалификации педагогов Республики Казахстан", 240, true),
            new Demo("methodologist", 8, CourseKind.PEDAGOGY, "Мектептегі әдістемелік жұмысты басқару",
                    "Управление методической работой в школе", 72, true),
            new Demo("head", 20, CourseKind.SUBJECT, "Қазақ тілі мен әдебиетін оқытудың заманауи әдістері",
                    "Современные методы преподавания казахского языка и литературы", 72, true),
            new Demo("t01", 26, CourseKind.PEDAGOGY, "Бастауыш сыныптағы критериалды бағалау",
                    "Критериальное оценивание в начальной школе", 36, true),
            new Demo("t02", 11, CourseKind.DIGITAL, "Цифрлық сауаттылық: сабақта онлайн құралдарды қолдану",
                    "Цифровая грамотность: онлайн-инструменты на уроке", 36, true),
            new Demo("t03", 5, CourseKind.SUBJECT, "Ағылшын тілін CLIL әдісімен оқыту", "Преподавание английского языка по методике CLIL",
                    72, true),
            new Demo("t04", 33, CourseKind.SUBJECT, "Орыс тілі мен әдебиетін оқытудың өзекті мәселелері",
                    "Актуальные вопросы преподавания русского языка и литературы", 72, true),
            new Demo("t05", 40, CourseKind.SUBJECT, "Дене шынықтыру сабағындағы қауіпсіздік",
                    "Безопасность на уроках физической культуры", 36, true),
            new Demo("t06", 17, CourseKind.OTHER, "Инклюзивті білім беру негіздері", "Основы инклюзивного образования", 36, true),
            new Demo("t07", 2, CourseKind.PEDAGOGY, "Функционалдық сауаттылықты дамыту", "Развитие функциональной грамотности", 72,
                    true),
            new Demo("teacher", 31, CourseKind.PEDAGOGY, "Жаңартылған білім беру мазмұны аясында оқыту",
                    "Обучение в рамках обновлённого содержания образования", 80, true),
            new Demo("teacher", 1, CourseKind.SUBJECT, "Биологияны оқытудағы зерттеу тәсілі",
                    "Исследовательский подход в обучении биологии", 72, false));

    /** The previous academic year's course of the second young specialist (its months unused: it ended in March). */
    private static final Demo YOUNG_SCHOOL = new Demo("young2", 0, CourseKind.PEDAGOGY, "Жас педагог мектебі",
            "Школа молодого педагога", 36, true);

    @Inject
    CourseRecords records;

    @Inject
    StoredFiles files;

    @Inject
    Settings settings;

    void schoolLoaded(@Observes DemoSchoolLoaded school) {
        boolean kazakh = school.language() != TeachingLanguage.RUSSIAN;
        LocalDate today = LocalDate.now(settings.timeZone());
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        int number = 1;
        for (Demo d : COURSES) {
            StaffCard who = school.staff().get(d.who());
            if (who == null) {
                continue;
            }
            course(school, d, today.minusMonths(d.monthsAgo()).minusDays(3), kazakh, number++, now);
        }
        if (school.pace() > 1) {
            LocalDate ends = AcademicYear.of(today).previous().firstDay().plusMonths(7).minusDays(3);
            course(school, YOUNG_SCHOOL, ends, kazakh, number, ends.plusDays(5).atStartOfDay());
        }
        records.data().flush();
    }

    /** The course ending on the day, its certificate, confirmed at {@code now} if the demo says so. */
    private void course(DemoSchoolLoaded school, Demo d, LocalDate ends, boolean kazakh, int number,
                        LocalDateTime now) {
        StaffCard who = school.staff().get(d.who());
        String title = kazakh ? d.kk() : d.ru();
        Course c = new Course(who.staffId(), school.accountIds().get(d.who()), who.fullName(), now);
        c.describe(new Course.Details(kazakh ? "«Өрлеу» біліктілікті арттыру орталығы" : "Центр повышения квалификации «Өрлеу»",
                title, d.kind(), d.hours(), ends.minusDays(d.hours() / 8), ends, "ӨРЛ-" + ends.getYear() + "-"
                + (1000 + 37 * number)));
        c.certificate(files.accept(new IncomingFile("certificate.pdf",
                new ByteArrayInputStream(certificate(who.fullName(), title, d.hours(), ends, kazakh)))));
        if (d.confirmed()) {
            c.confirmed(school.staff().get("methodologist").fullName(), now);
        }
        records.data().persist(c);
    }

    /** A one-page certificate as the course provider issues it (a demo scan). */
    private static byte[] certificate(String name, String title, int hours, LocalDate ends, boolean kazakh) {
        return DemoPaper.pdf("СЕРТИФИКАТ", name, (kazakh ? "курстан өтті: «" : "прошёл(ла) курс: «") + title + "»",
                (kazakh ? "Көлемі: " : "Объём: ") + hours + (kazakh ? " сағат" : " ч."), ends.toString());
    }
}
