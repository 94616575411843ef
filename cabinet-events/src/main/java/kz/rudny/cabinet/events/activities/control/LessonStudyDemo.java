package kz.rudny.cabinet.events.activities.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.lessonanalysis.boundary.AnalysisTemplatesLoaded;
import kz.rudny.cabinet.domain.people.boundary.StaffCard;
import kz.rudny.cabinet.domain.platform.boundary.DemoSchoolLoaded;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.school.boundary.TeachingLanguage;
import kz.rudny.cabinet.events.activities.boundary.ActivityKind;
import kz.rudny.cabinet.events.activities.boundary.ActivityStatus;
import kz.rudny.cabinet.events.activities.boundary.LessonStage;
import kz.rudny.cabinet.events.activities.entity.Activity;
import kz.rudny.cabinet.events.activities.entity.LessonStudy;
import kz.rudny.cabinet.events.activities.entity.StudyLesson;
import kz.rudny.cabinet.events.activities.entity.StudyMember;

/**
 * The Lesson Study part of the demo data: one cycle of the school with "teacher", "young" and "t02", a research
 * question, focus pupils and three lessons: the first taught twelve days ago and discussed, with the two other
 * members' observations (focus pupils' notes included), the second and third planned.
 */
@ApplicationScoped
public class LessonStudyDemo {

    private static final List<String> GROUP = List.of("teacher", "young", "t02");

    @Inject
    StudyRecords records;

    @Inject
    OpenLessonsDemo lessons;

    @Inject
    Settings settings;

    void templatesLoaded(@Observes AnalysisTemplatesLoaded loaded) {
        DemoSchoolLoaded school = loaded.school();
        boolean kk = school.language() != TeachingLanguage.RUSSIAN;
        LocalDate today = LocalDate.now(settings.timeZone());
        LessonStudy s = new LessonStudy(kk ? "Lesson Study: мәтінді түсініп оқу" : "Lesson Study: смысловое чтение",
                kk ? "Топтық жұмыс С оқушысының мәтінді түсініп оқуына қалай көмектеседі?"
                        : "Как групповая работа помогает ученику C понимать прочитанный текст?",
                AcademicYear.of(today).startYear());
        s.describe(s.getTitle(), s.getResearchQuestion(), s.getAcademicYear(),
                kk ? "А: жоғары деңгей, өз бетімен оқиды" : "A: высокий уровень, читает самостоятельно",
                kk ? "В: орта деңгей, сұрақтарға жартылай жауап береді" : "B: средний уровень, отвечает на вопросы частично",
                kk ? "С: төмен деңгей, мәтіннің негізгі ойын табуда қиналады"
                        : "C: низкий уровень, с трудом находит главную мысль");
        for (String who : GROUP) {
            StaffCard card = school.staff().get(who);
            s.members().add(new StudyMember(s, card.staffId(), card.fullName()));
        }
        Activity first = lessons.lesson(school, ActivityKind.LESSON_STUDY_LESSON, "Lesson Study: 1-сабақ",
                "Lesson Study: урок 1", today.minusDays(12), ActivityStatus.HELD);
        Activity second = lessons.lesson(school, ActivityKind.LESSON_STUDY_LESSON, "Lesson Study: 2-сабақ",
                "Lesson Study: урок 2", today.plusDays(9), ActivityStatus.PUBLISHED);
        Activity third = lessons.lesson(school, ActivityKind.LESSON_STUDY_LESSON, "Lesson Study: 3-сабақ",
                "Lesson Study: урок 3", today.plusDays(19), ActivityStatus.PUBLISHED);
        String subject = kk ? "Қазақ әдебиеті" : "Литературное чтение";
        String goal = kk ? "Мәтіннің негізгі ойын тауып, топта дәлелдеп айту; С оқушысының қатысуын бақылау."
                : "Находить главную мысль текста и доказывать её в группе; наблюдать участие ученика C.";
        lessons.details(school, first, GROUP.get(0), "5 А", subject,
                kk ? "Ы. Алтынсарин «Өрмекші, құмырсқа, қарлығаш»" : "К. Ушинский «Четыре желания»", goal);
        lessons.details(school, second, GROUP.get(1), kk ? "5 Ә" : "5 Б", subject,
                kk ? "Ы. Алтынсарин «Әке мен бала»" : "Л. Толстой «Косточка»", goal);
        lessons.details(school, third, GROUP.get(2), kk ? "5 Б" : "5 В", subject,
                kk ? "Ы. Алтынсарин «Бай мен жарлы баласы»" : "В. Осеева «Волшебное слово»", goal);
        String language = school.language() == TeachingLanguage.RUSSIAN ? "ru" : "kk";
        lessons.observed(school, first, "young", loaded.in(language), 5);
        lessons.observed(school, first, "t02", loaded.in(language), 4);
        StudyLesson taught = new StudyLesson(s, 1, first.getId());
        taught.progressed(LessonStage.DISCUSSED, kk
                ? "С оқушысы топта рөл алғанда белсенді болды; келесі сабақта оған тірек-сызба беріледі."
                : "Ученик C был активнее, когда получил роль в группе; на следующем уроке ему дадут опорную схему.");
        s.lessons().add(taught);
        s.lessons().add(new StudyLesson(s, 2, second.getId()));
        s.lessons().add(new StudyLesson(s, 3, third.getId()));
        records.data().persist(s);
        records.data().flush();
    }
}
