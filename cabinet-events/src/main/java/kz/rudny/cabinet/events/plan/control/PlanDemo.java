package kz.rudny.cabinet.events.plan.control;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.calendar.Quarter;
import kz.rudny.cabinet.domain.people.boundary.StaffCard;
import kz.rudny.cabinet.domain.platform.boundary.DemoSchoolLoaded;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.school.boundary.TeachingLanguage;
import kz.rudny.cabinet.events.plan.boundary.DemoSourcePlanned;
import kz.rudny.cabinet.events.plan.boundary.ExecutionMark;
import kz.rudny.cabinet.events.plan.boundary.PlanItemKind;
import kz.rudny.cabinet.events.plan.boundary.PlanTerm;
import kz.rudny.cabinet.events.plan.entity.MethodicalPlan;
import kz.rudny.cabinet.events.plan.entity.PlanItem;

/**
 * The plan's part of the demo data: this academic year's plan of every demo school, eleven items in the
 * school's language, in every state: held in September to November, one moved, one cancelled, one overdue (its
 * month over, not marked), the rest ahead. A state is given only where the term has begun by today, so a demo
 * loaded early in the year is still truthful. The associations' demo meetings join it as items realised by them
 * ({@link DemoSourcePlanned}).
 */
@ApplicationScoped
public class PlanDemo {

    /** {@code month}: 0 = September … 11 = August, or -1..-4 for quarters I..IV; {@code day}: when held. */
    private record Demo(int month, PlanItemKind kind, String who, String kk, String ru, String resultKk,
                        String resultRu, ExecutionMark mark, int day, int movedTo, String reasonKk, String reasonRu) {
    }

    private static Demo item(int month, PlanItemKind kind, String who, String kk, String ru, String resultKk,
                             String resultRu) {
        return new Demo(month, kind, who, kk, ru, resultKk, resultRu, ExecutionMark.PLANNED, 0, 0, null, null);
    }

    private static Demo held(int month, int day, PlanItemKind kind, String who, String kk, String ru, String resultKk,
                             String resultRu) {
        return new Demo(month, kind, who, kk, ru, resultKk, resultRu, ExecutionMark.HELD, day, 0, null, null);
    }

    private static final List<Demo> ITEMS = List.of(
            held(0, 4, PlanItemKind.METHODICAL_COUNCIL, "methodologist",
                    "Әдістемелік кеңес: жылдық жоспарды бекіту", "Методический совет: утверждение годового плана",
                    "Хаттама", "Протокол"),
            held(-1, 25, PlanItemKind.ATTESTATION, "methodologist",
                    "Педагогтерді аттестаттау кестесін бекіту", "Утверждение графика аттестации педагогов",
                    "Бұйрық, кесте", "Приказ, график"),
            held(1, 15, PlanItemKind.OPEN_LESSON, "young",
                    "Жас маманның ашық сабағы", "Открытый урок молодого специалиста",
                    "Сабақты талдау парағы", "Лист анализа урока"),
            item(1, PlanItemKind.MONITORING, "methodologist",
                    "Оқу бағдарламаларының орындалуын мониторингтеу", "Мониторинг выполнения учебных программ",
                    "Анықтама", "Справка"),
            new Demo(1, PlanItemKind.SEMINAR, "mentor", "Семинар: критериалды бағалау",
                    "Семинар: критериальное оценивание", "Семинар материалдары", "Материалы семинара",
                    ExecutionMark.MOVED, 0, 3, "Аудандық семинармен бір күнге түсті", "Совпал с районным семинаром"),
            held(2, 13, PlanItemKind.SUBJECT_WEEK, "teacher",
                    "Математика пәнінің апталығы", "Предметная неделя математики",
                    "Есеп, фотосуреттер", "Отчёт, фотографии"),
            new Demo(2, PlanItemKind.MASTER_CLASS, "t01", "Шеберлік сынып: ойын технологиялары",
                    "Мастер-класс: игровые технологии", "Әдістемелік ұсыным", "Методическая разработка",
                    ExecutionMark.CANCELLED, 0, 0, "Жүргізуші ауырып қалды", "Болезнь ведущего"),
            item(3, PlanItemKind.PEDAGOGICAL_COUNCIL, "methodologist",
                    "Педагогикалық кеңес: І жартыжылдықтың қорытындысы", "Педагогический совет: итоги I полугодия",
                    "Хаттама, шешім", "Протокол, решение"),
            item(4, PlanItemKind.LESSON_STUDY, "head",
                    "Lesson Study циклі: зерттеу сабақтары", "Цикл Lesson Study: исследовательские уроки",
                    "Цикл есебі", "Отчёт о цикле"),
            item(5, PlanItemKind.OLYMPIAD, "t02",
                    "Мектепішілік пән олимпиадасы", "Школьная предметная олимпиада",
                    "Нәтижелер хаттамасы", "Протокол результатов"),
            item(-4, PlanItemKind.COURSE, "teacher",
                    "Біліктілікті арттыру курстары", "Курсы повышения квалификации",
                    "Сертификат", "Сертификат"));

    @Inject
    PlanRecords records;

    @Inject
    Settings settings;

    void schoolLoaded(@Observes DemoSchoolLoaded school) {
        // As the rooms' demo: Kazakh for Kazakh-language and mixed schools, Russian for Russian-language ones.
        boolean kazakh = school.language() != TeachingLanguage.RUSSIAN;
        LocalDate today = LocalDate.now(settings.timeZone());
        AcademicYear year = AcademicYear.of(today);
        MethodicalPlan plan = records.planCreatingIfMissing(year);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        for (Demo d : ITEMS) {
            PlanTerm term = term(year, d.month());
            StaffCard who = school.staff().get(d.who());
            PlanItem item = new PlanItem(plan, now);
            item.describe(kazakh ? d.kk() : d.ru(), d.kind(), term, who.staffId(), who.fullName(),
                    kazakh ? d.resultKk() : d.resultRu());
            if (term.hasBegunBy(today)) {
                switch (d.mark()) {
                    case HELD -> {
                        LocalDate on = term.start().plusDays(d.day() - 1L);
                        item.held(on.isAfter(today) ? today : on);
                    }
                    case MOVED -> item.moved(term(year, d.movedTo()), kazakh ? d.reasonKk() : d.reasonRu());
                    case CANCELLED -> item.cancelled(kazakh ? d.reasonKk() : d.reasonRu());
                    default -> { }
                }
            }
            records.data().persist(item);
        }
        records.data().flush();
    }

    /** An item of another feature's demo (the associations' meetings), realised by its source. */
    void sourceLoaded(@Observes DemoSourcePlanned entry) {
        PlanTerm term = PlanTerm.monthOf(entry.day());
        PlanItem item = new PlanItem(records.planCreatingIfMissing(term.year()), LocalDateTime.now(ZoneOffset.UTC));
        item.realisedBy(entry.source().kind(), entry.source().id());
        item.describe(entry.title(), entry.kind(), term, entry.responsibleStaffId(), entry.responsibleName(), null);
        if (entry.heldOn() != null) {
            item.held(entry.heldOn());
        }
        records.data().persist(item);
    }

    private static PlanTerm term(AcademicYear year, int month) {
        return month < 0 ? PlanTerm.quarter(year, Quarter.values()[-month - 1])
                : PlanTerm.month(year, YearMonth.from(year.firstDay()).plusMonths(month));
    }
}
