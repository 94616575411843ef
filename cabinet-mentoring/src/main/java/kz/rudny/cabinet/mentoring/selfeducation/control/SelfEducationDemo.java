package kz.rudny.cabinet.mentoring.selfeducation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.people.boundary.StaffCard;
import kz.rudny.cabinet.domain.platform.boundary.DemoSchoolLoaded;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.school.boundary.TeachingLanguage;
import kz.rudny.cabinet.mentoring.selfeducation.boundary.OutcomeKind;
import kz.rudny.cabinet.mentoring.selfeducation.boundary.Stage;
import kz.rudny.cabinet.mentoring.selfeducation.entity.Outcome;
import kz.rudny.cabinet.mentoring.selfeducation.entity.SelfTopic;

/**
 * The self-education part of the demo data, for each school: topics at different stages: the head's three-year
 * topic in its generalisation stage (a talk and a publication), the teacher's in its practical stage (an open
 * lesson), the mentor's in the diagnostic stage, and the young specialist's just begun.
 */
@ApplicationScoped
public class SelfEducationDemo {

    private record Demo(String who, int yearsBack, int length, int stagesDone, String kk, String ru) {
    }

    private static final List<Demo> TOPICS = List.of(
            new Demo("head", 2, 3, 3, "Оқушылардың функционалдық сауаттылығын мәтінмен жұмыс арқылы дамыту",
                    "Развитие функциональной грамотности учащихся через работу с текстом"),
            new Demo("teacher", 1, 2, 2, "Жаратылыстану сабақтарында зерттеу әдісін қолдану",
                    "Исследовательский метод на уроках естествознания"),
            new Demo("mentor", 0, 2, 1, "Математика сабағында критериалды бағалау",
                    "Критериальное оценивание на уроках математики"),
            new Demo("young", 0, 3, 0, "Сабақта оқушылардың танымдық белсенділігін арттыру",
                    "Повышение познавательной активности учащихся на уроке"));

    @Inject
    TopicRecords records;

    @Inject
    Settings settings;

    void schoolLoaded(@Observes DemoSchoolLoaded school) {
        boolean kazakh = school.language() != TeachingLanguage.RUSSIAN;
        LocalDate today = LocalDate.now(settings.timeZone());
        int thisYear = AcademicYear.of(today).startYear();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        for (Demo d : TOPICS) {
            StaffCard who = school.staff().get(d.who());
            if (who == null) {
                continue;
            }
            SelfTopic t = new SelfTopic(who.staffId(), who.fullName(), now);
            int from = thisYear - d.yearsBack();
            t.describe(kazakh ? d.kk() : d.ru(), kazakh ? "kk" : "ru", from, from + d.length() - 1);
            LocalDate start = new AcademicYear(from).firstDay();
            long span = java.time.temporal.ChronoUnit.DAYS.between(start, new AcademicYear(from + d.length() - 1)
                    .lastDay()) / Stage.values().length;
            for (Stage s : Stage.values()) {
                LocalDate plannedFrom = start.plusDays(span * s.ordinal());
                t.stage(s).plan(plannedFrom, plannedFrom.plusDays(span - 1));
                if (s.ordinal() < d.stagesDone()) {
                    LocalDate done = plannedFrom.plusDays(span - 10);
                    t.stage(s).done(done.isAfter(today) ? today : done, kazakh ? "Кезең аяқталды." : "Этап завершён.");
                }
            }
            records.data().persist(t);
            records.data().flush();
            if (d.stagesDone() >= 3) {
                records.data().persist(new Outcome(t.getId(), Stage.PRACTICAL, OutcomeKind.TALK, kazakh
                        ? "Әдістемелік бірлестік отырысында баяндама" : "Выступление на заседании методического объединения",
                        t.stage(Stage.PRACTICAL).getDoneOn(), null, null));
                records.data().persist(new Outcome(t.getId(), Stage.PRACTICAL, OutcomeKind.PUBLICATION, kazakh
                        ? "Облыстық әдістемелік журналдағы мақала" : "Статья в областном методическом журнале",
                        t.stage(Stage.PRACTICAL).getDoneOn(), null, null));
            } else if (d.stagesDone() == 2) {
                records.data().persist(new Outcome(t.getId(), Stage.DIAGNOSTIC, OutcomeKind.OPEN_LESSON, kazakh
                        ? "Мектепішілік ашық сабақ" : "Открытый урок в школе", t.stage(Stage.DIAGNOSTIC).getDoneOn(),
                        null, null));
            }
        }
        records.data().flush();
    }
}
