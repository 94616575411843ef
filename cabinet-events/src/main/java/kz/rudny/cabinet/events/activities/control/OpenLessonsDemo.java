package kz.rudny.cabinet.events.activities.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import kz.rudny.cabinet.domain.lessonanalysis.boundary.AnalysisTemplatesLoaded;
import kz.rudny.cabinet.domain.lessonanalysis.boundary.TemplateView;
import kz.rudny.cabinet.domain.people.boundary.StaffCard;
import kz.rudny.cabinet.domain.platform.boundary.DemoSchoolLoaded;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.school.boundary.TeachingLanguage;
import kz.rudny.cabinet.events.activities.boundary.ActivityKind;
import kz.rudny.cabinet.events.activities.boundary.ActivityLevel;
import kz.rudny.cabinet.events.activities.boundary.ActivityStatus;
import kz.rudny.cabinet.events.activities.boundary.Audience;
import kz.rudny.cabinet.events.activities.entity.Activity;
import kz.rudny.cabinet.events.activities.entity.LessonObservation;
import kz.rudny.cabinet.domain.lessonanalysis.boundary.AnalysisItem;
import kz.rudny.cabinet.events.activities.entity.OpenLesson;
import kz.rudny.cabinet.events.activities.entity.Registration;

/**
 * The open lessons' part of the demo data, made from the school's own demo templates (so it runs on
 * {@link AnalysisTemplatesLoaded}): a HELD open lesson of the school five days ago (the "teacher" teaches, the
 * methodologist organises, "mentor" and "t01" were there and submitted their analyses: in Kazakh at a Kazakh
 * school, in Russian at a Russian one, one of each at a mixed one) and the teacher's summary.
 * {@code LessonStudyDemo} makes its lessons and observations with {@link #lesson} and {@link #observed}.
 */
@ApplicationScoped
public class OpenLessonsDemo {

    @Inject
    LessonRecords records;

    @Inject
    Settings settings;

    void templatesLoaded(@Observes AnalysisTemplatesLoaded loaded) {
        DemoSchoolLoaded school = loaded.school();
        boolean kazakh = school.language() != TeachingLanguage.RUSSIAN;
        LocalDate day = LocalDate.now(settings.timeZone()).minusDays(5);
        Activity a = lesson(school, ActivityKind.OPEN_LESSON, "Ашық сабақ: «Абай – ұлы ақын»",
                "Открытый урок: «Причастный оборот»", day, ActivityStatus.HELD);
        StaffCard teacher = school.staff().get("teacher");
        OpenLesson lesson = details(school, a, "teacher", kazakh ? "8 Ә" : "7 Б",
                kazakh ? "Қазақ әдебиеті" : "Русский язык",
                kazakh ? "Абай – ұлы ақын, ойшыл" : "Причастный оборот. Знаки препинания при нём",
                kazakh ? "Абай өлеңдерінің идеясын талдау; өз пікірін дәлелдеп айту."
                        : "Находить причастный оборот в предложении; ставить знаки препинания при нём.");
        String first = school.language() == TeachingLanguage.RUSSIAN ? "ru" : "kk";
        String second = school.language() == TeachingLanguage.KAZAKH ? "kk" : "ru";
        observed(school, a, "mentor", loaded.in(first), 5);
        observed(school, a, "t01", loaded.in(second), 4);
        lesson.summarised(kazakh
                ? "Сабақтың мақсаттарына негізінен қол жеткізілді. Келесі сабақта саралап оқытуға көбірек көңіл бөлемін."
                : "Цели урока в основном достигнуты. На следующем уроке больше внимания уделю дифференциации.",
                teacher.fullName(), LocalDateTime.now(ZoneOffset.UTC));
        records.data().flush();
    }

    /** The lesson's details (teacher, class, subject, topic, goals), as its organiser writes them. */
    public OpenLesson details(DemoSchoolLoaded school, Activity a, String teacherKey, String className, String subject,
                              String topic, String goals) {
        StaffCard teacher = school.staff().get(teacherKey);
        OpenLesson lesson = new OpenLesson(a.getId(), school.schoolId());
        lesson.describe(school.schoolId(), teacher.staffId(), teacher.fullName(), className, subject, topic, goals);
        records.data().persist(lesson);
        return lesson;
    }

    /** A lesson of the school on the day at 10:00, held or published, organised by the school's methodologist. */
    public Activity lesson(DemoSchoolLoaded school, ActivityKind kind, String titleKk, String titleRu, LocalDate day,
                           ActivityStatus status) {
        StaffCard organiser = school.staff().get("methodologist");
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        Activity a = new Activity(school.schoolId(), school.schoolName(), school.accountIds().get("methodologist"),
                organiser.fullName(), now);
        LocalDateTime start = day.atTime(10, 0);
        a.describe(kind, ActivityLevel.SCHOOL, Audience.SCHOOL, titleKk, titleRu, null, start, start.plusMinutes(45),
                school.language() == TeachingLanguage.RUSSIAN ? "Кабинет 21" : "21-кабинет", null,
                start.minusDays(10), start);
        a.capacityFrom(10);
        if (status == ActivityStatus.HELD) {
            a.held(now);
        } else {
            a.published(now);
        }
        records.data().persist(a);
        records.data().flush();
        return a;
    }

    /**
     * A colleague registered, present, and their analysis from the template submitted: marks from {@code best}
     * down, a comment on each section's first criterion, recommendations; focus pupils' notes on a Lesson Study
     * lesson.
     */
    public void observed(DemoSchoolLoaded school, Activity a, String who, TemplateView template, int best) {
        StaffCard card = school.staff().get(who);
        long accountId = school.accountIds().get(who);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        Registration r = new Registration(a, accountId, school.schoolId(), card.staffId(), card.fullName(),
                card.schoolName(), card.jobTitle());
        r.placed(a.nextNumber(), now, false);
        a.placeTaken();
        r.attended(true);
        records.data().persist(r);
        boolean kk = "kk".equals(template.language());
        LessonObservation o = new LessonObservation(a.getId(), a.getOrganiserKey(), school.schoolId(), accountId,
                card.fullName(), card.schoolName(), template.id(), template.name(), template.language(),
                a.getKind() == ActivityKind.LESSON_STUDY_LESSON, now);
        int n = 0;
        for (int s = 0; s < template.sections().size(); s++) {
            TemplateView.Section section = template.sections().get(s);
            for (int c = 0; c < section.criteria().size(); c++) {
                AnalysisItem item = new AnalysisItem(s + 1, section.title(), section.criteria().get(c));
                item.mark(Math.max(3, best - (n++ % 3)), c == 0 ? (kk ? "Жақсы орындалды." : "Выполнено хорошо.") : null);
                o.items().add(item);
            }
        }
        o.written(kk ? "Оқушылардың өзара бағалауына көбірек уақыт беру ұсынылады."
                        : "Рекомендуется отводить больше времени на взаимооценивание.",
                kk ? "Барлық тапсырманы уақытында орындады, топта көшбасшы болды."
                        : "Выполнил все задания вовремя, был лидером в группе.",
                kk ? "Екінші тапсырмада қиналды, жұбының көмегімен орындады."
                        : "Затруднялся во втором задании, справился с помощью пары.",
                kk ? "Мұғалімнің қолдауымен бірінші тапсырманы орындады."
                        : "С поддержкой учителя выполнил первое задание.");
        o.submitted(now);
        records.data().persist(o);
    }
}
