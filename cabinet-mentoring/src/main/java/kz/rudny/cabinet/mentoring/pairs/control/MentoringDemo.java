package kz.rudny.cabinet.mentoring.pairs.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.lessonanalysis.boundary.AnalysisItem;
import kz.rudny.cabinet.domain.lessonanalysis.boundary.AnalysisTemplatesLoaded;
import kz.rudny.cabinet.domain.lessonanalysis.boundary.TemplateView;
import kz.rudny.cabinet.domain.people.boundary.StaffCard;
import kz.rudny.cabinet.domain.platform.boundary.DemoSchoolLoaded;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.school.boundary.TeachingLanguage;
import kz.rudny.cabinet.mentoring.pairs.boundary.MentoringPlans;
import kz.rudny.cabinet.mentoring.pairs.boundary.NoteKind;
import kz.rudny.cabinet.mentoring.pairs.boundary.Recommendation;
import kz.rudny.cabinet.mentoring.pairs.boundary.VisitDirection;
import kz.rudny.cabinet.mentoring.pairs.entity.LessonVisit;
import kz.rudny.cabinet.mentoring.pairs.entity.MentorReport;
import kz.rudny.cabinet.mentoring.pairs.entity.MentoringPair;
import kz.rudny.cabinet.mentoring.pairs.entity.PlanItem;
import kz.rudny.cabinet.mentoring.pairs.entity.PlanTemplateItem;
import kz.rudny.cabinet.mentoring.pairs.entity.ProgressNote;

/**
 * The mentoring part of the demo data, for each school: the plan templates in Kazakh and Russian; the school's mentor
 * with its first young specialist ("young") by the order of the year's first days, their plan from the template in
 * the school's language with the past months done, a visit each way with its analysis filled, and a difficulty and a
 * progress noted. The second young specialist ("young2") has no mentor: the list of those missing is not empty.
 * The previous academic year "young2" had the mentor: their plan done, and the mentor's report signed off by the
 * methodologist at a school of some pace (at the least busy one it was never written).
 */
@ApplicationScoped
public class MentoringDemo {

    @Inject
    PairRecords records;

    @Inject
    Settings settings;

    void templatesLoaded(@Observes AnalysisTemplatesLoaded loaded) {
        DemoSchoolLoaded school = loaded.school();
        EntityManager data = records.data();
        seedTemplate(data, "kk", PlanTemplates.KAZAKH);
        seedTemplate(data, "ru", PlanTemplates.RUSSIAN);
        boolean kazakh = school.language() != TeachingLanguage.RUSSIAN;
        String language = kazakh ? "kk" : "ru";
        LocalDate today = LocalDate.now(settings.timeZone());
        AcademicYear year = AcademicYear.of(today);
        LocalDate ordered = year.firstDay().plusDays(2).isAfter(today) ? today : year.firstDay().plusDays(2);
        StaffCard mentor = school.staff().get("mentor");
        StaffCard young = school.staff().get("young");
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        MentoringPair pair = new MentoringPair(year.startYear(),
                new MentoringPair.Person(young.staffId(), school.accountIds().get("young"), young.fullName()),
                new MentoringPair.Person(mentor.staffId(), school.accountIds().get("mentor"), mentor.fullName()), 1,
                kazakh ? "112-Ж" : "112-К", ordered, ordered, year.firstDay().plusMonths(9).minusDays(1),
                school.staff().get("methodologist").fullName(), now);
        data.persist(pair);
        data.flush();
        int position = 0;
        int thisMonth = MentoringPlans.MONTHS.indexOf(today.getMonthValue());
        for (PlanTemplates.Item t : kazakh ? PlanTemplates.KAZAKH : PlanTemplates.RUSSIAN) {
            PlanItem item = new PlanItem(pair.getId(), t.month(), t.heading(), ++position, t.text());
            int index = MentoringPlans.MONTHS.indexOf(t.month());
            if (thisMonth < 0 || index < thisMonth) {
                LocalDate done = LocalDate.of(t.month() >= 9 ? year.startYear() : year.startYear() + 1, t.month(), 20);
                item.done(done.isAfter(today) ? today : done, kazakh ? "Орындалды, талқыланды." : "Выполнено, обсуждено.");
            }
            data.persist(item);
        }
        TemplateView template = loaded.in(language);
        LocalDate firstVisit = latest(ordered, today.minusDays(20));
        visit(data, pair, VisitDirection.MENTOR_AT_YOUNG, firstVisit, young.fullName(), mentor.fullName(),
                school.accountIds().get("mentor"), template, kazakh, now);
        visit(data, pair, VisitDirection.YOUNG_AT_MENTOR, latest(ordered, today.minusDays(10)), mentor.fullName(),
                young.fullName(), school.accountIds().get("young"), template, kazakh, now);
        data.persist(new ProgressNote(pair.getId(), firstVisit, NoteKind.DIFFICULTY, kazakh
                ? "Сабақта уақытты бөлу қиын: қорытынды кезеңге уақыт жетпейді."
                : "Трудно распределять время: на рефлексию в конце урока не хватает времени.", mentor.fullName(), now));
        data.persist(new ProgressNote(pair.getId(), latest(ordered, today.minusDays(3)), NoteKind.PROGRESS, kazakh
                ? "Қысқа мерзімді жоспарларды дербес құрады, дескрипторларды дұрыс жазады."
                : "Самостоятельно составляет краткосрочные планы, верно формулирует дескрипторы.", mentor.fullName(),
                now));
        lastYear(school, year.previous(), kazakh);
        data.flush();
    }

    private void lastYear(DemoSchoolLoaded school, AcademicYear year, boolean kazakh) {
        EntityManager data = records.data();
        StaffCard mentor = school.staff().get("mentor");
        StaffCard young = school.staff().get("young2");
        LocalDate ordered = year.firstDay().plusDays(2);
        String methodologist = school.staff().get("methodologist").fullName();
        MentoringPair pair = new MentoringPair(year.startYear(),
                new MentoringPair.Person(young.staffId(), school.accountIds().get("young2"), young.fullName()),
                new MentoringPair.Person(mentor.staffId(), school.accountIds().get("mentor"), mentor.fullName()), 1,
                kazakh ? "87-Ж" : "87-К", ordered, ordered, year.firstDay().plusMonths(9).minusDays(1), methodologist,
                ordered.atTime(9, 0));
        data.persist(pair);
        data.flush();
        int position = 0;
        for (PlanTemplates.Item t : kazakh ? PlanTemplates.KAZAKH : PlanTemplates.RUSSIAN) {
            PlanItem item = new PlanItem(pair.getId(), t.month(), t.heading(), ++position, t.text());
            item.done(LocalDate.of(t.month() >= 9 ? year.startYear() : year.startYear() + 1, t.month(), 20),
                    kazakh ? "Орындалды, талқыланды." : "Выполнено, обсуждено.");
            data.persist(item);
        }
        if (school.pace() > 1) {
            MentorReport report = new MentorReport(pair.getId());
            report.write(kazakh ? "Жылдың басында сабақ уақытын бөлу қиын болды." : "В начале года было трудно распределять время урока.",
                    kazakh ? "Сабақты дербес жоспарлайды, қалыптастырушы бағалауды қолданады."
                            : "Самостоятельно планирует уроки, применяет формативное оценивание.", Recommendation.READY);
            LocalDateTime submitted = pair.getEndsOn().minusDays(6).atTime(12, 0);
            report.submitted(submitted);
            report.signed(methodologist, submitted.plusDays(3));
            data.persist(report);
        }
    }

    private static void seedTemplate(EntityManager data, String language, List<PlanTemplates.Item> items) {
        int position = 0;
        for (PlanTemplates.Item t : items) {
            data.persist(new PlanTemplateItem(language, t.month(), t.heading(), ++position, t.text()));
        }
    }

    private static void visit(EntityManager data, MentoringPair pair, VisitDirection direction, LocalDate on,
                              String teacher, String observer, long observerAccountId, TemplateView template,
                              boolean kazakh, LocalDateTime now) {
        boolean byYoung = direction.byYoung();
        LessonVisit v = new LessonVisit(pair.getId(), direction, new LessonVisit.Lesson(on, byYoung ? "9 А" : "7 Б",
                kazakh ? (byYoung ? "Алгебра" : "Химия") : (byYoung ? "Алгебра" : "Информатика"),
                kazakh ? (byYoung ? "Квадрат теңдеулер" : "Зат мөлшері. Моль")
                        : (byYoung ? "Квадратные уравнения" : "Алгоритмы с ветвлением"), teacher),
                kazakh ? (byYoung ? "Оқушылардың топтық жұмысын ұйымдастыруды үйрену"
                        : "Сабақ мақсаттарын қою және кері байланыс алу")
                        : (byYoung ? "Изучить организацию групповой работы учащихся"
                        : "Постановка целей урока и получение обратной связи"),
                observerAccountId, observer, template.name(), template.language(), now);
        List<AnalysisItem> items = AnalysisItem.copied(template);
        for (int i = 0; i < items.size(); i++) {
            items.get(i).mark(byYoung ? 5 : 3 + i % 3, i == 0 ? (kazakh ? "Мақсаттар нақты айтылды." : "Цели сформулированы чётко.") : null);
        }
        v.items().addAll(items);
        v.recommended(kazakh ? "Қалыптастырушы бағалауға көбірек көңіл бөлу ұсынылады."
                : "Рекомендуется больше внимания уделять формативному оцениванию.");
        data.persist(v);
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
