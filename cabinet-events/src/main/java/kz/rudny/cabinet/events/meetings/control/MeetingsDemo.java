package kz.rudny.cabinet.events.meetings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.rudny.cabinet.domain.association.boundary.AssociationRoster;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.calendar.PaperDates;
import kz.rudny.cabinet.domain.notifications.boundary.Notice;
import kz.rudny.cabinet.domain.notifications.boundary.Notifications;
import kz.rudny.cabinet.domain.platform.boundary.DemoSchoolLoaded;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.school.boundary.TeachingLanguage;
import kz.rudny.cabinet.events.meetings.boundary.Presence;
import kz.rudny.cabinet.events.meetings.entity.AgendaItem;
import kz.rudny.cabinet.events.meetings.entity.Attendance;
import kz.rudny.cabinet.events.meetings.entity.Decision;
import kz.rudny.cabinet.events.meetings.entity.Meeting;
import kz.rudny.cabinet.events.meetings.entity.MinutesRevision;
import kz.rudny.cabinet.events.plan.boundary.DemoSourcePlanned;

/**
 * The meetings' part of the demo data: for each association two held meetings of this autumn with final minutes in
 * the school's language (decisions done, one open, one overdue) and a planned meeting next week with its agenda;
 * before them, the previous academic year's held meetings with final minutes and every decision done, as many as
 * the school's pace and one more (the busiest school four an association, the least busy two, and one cancelled),
 * the summing up in May held by every school;
 * each held one is an item of the school's annual plan of its year.
 */
@ApplicationScoped
public class MeetingsDemo {

    private record Text(String kk, String ru) {
        String in(boolean kazakh) {
            return kazakh ? kk : ru;
        }
    }

    private record Item(Text topic, Text heard, Text spoke, Text decided) {
    }

    private record Plan(int daysAgo, List<Item> items, List<Text> decisions) {
    }


    private static final Plan FIRST = new Plan(63, List.of(
            new Item(new Text("Бірлестіктің оқу жылына арналған жұмыс жоспарын бекіту",
                    "Утверждение плана работы МО на учебный год"),
                    new Text("Жетекші жұмыс жоспарының жобасын таныстырды.", "Руководитель МО представил(а) проект плана работы."),
                    new Text("Мүшелер пән апталығының мерзімін ұсынды.", "Члены МО предложили сроки предметной недели."),
                    new Text("Жұмыс жоспары бекітілсін.", "План работы утвердить.")),
            new Item(new Text("Күнтізбелік-тақырыптық жоспарларды қарау", "Рассмотрение календарно-тематических планов"),
                    new Text("Пән мұғалімдерінің КТЖ-лары қаралды.", "Рассмотрены КТП учителей-предметников."),
                    new Text("Ескертулер айтылды.", "Высказаны замечания."),
                    new Text("КТЖ-лар келісілсін.", "КТП согласовать."))),
            List.of(new Text("Жұмыс жоспарын мектеп әдіскеріне тапсыру", "Сдать план работы методисту школы"),
                    new Text("КТЖ-ларды ескертулер бойынша түзету", "Исправить КТП по замечаниям")));

    private static final Plan SECOND = new Plan(21, List.of(
            new Item(new Text("Бірінші тоқсан қорытындысы: білім сапасын талдау", "Итоги I четверти: анализ качества знаний"),
                    new Text("Тоқсандық бақылау жұмыстарының нәтижелері талданды.", "Проанализированы итоги четвертных контрольных работ."),
                    new Text("Үлгерімі төмен оқушылармен жұмыс туралы пікір айтылды.", "Обсуждена работа со слабоуспевающими учениками."),
                    new Text("Үлгерімі төмен оқушылармен жеке жұмыс жоспары жасалсын.", "Составить индивидуальные планы работы со слабоуспевающими.")),
            new Item(new Text("Ашық сабақтар кестесі", "График открытых уроков"),
                    new Text("Екінші тоқсандағы ашық сабақтар кестесі ұсынылды.", "Представлен график открытых уроков на II четверть."),
                    new Text("Мүшелер күндерін келісті.", "Члены МО согласовали даты."),
                    new Text("Кесте бекітілсін.", "График утвердить."))),
            List.of(new Text("Пән апталығының бағдарламасын дайындау", "Подготовить программу предметной недели"),
                    new Text("Үлгерімі төмен оқушылармен жеке жұмыс жоспарын жасау", "Составить планы работы со слабоуспевающими"),
                    new Text("Ашық сабақтар кестесін мектеп сайтына жариялау", "Опубликовать график открытых уроков на сайте школы")));

    /**
     * The previous academic year's meetings, by the month of that year (0 = September); the year's first and last (its
     * summing up in May) are held everywhere, the ones between as the school's pace allows.
     */
    private static final List<Map.Entry<Integer, Plan>> LAST_YEAR = List.of(
            Map.entry(0, new Plan(0, List.of(
                    new Item(new Text("Өткен оқу жылының қорытындысы және биылғы міндеттер", "Итоги прошлого учебного года и задачи на год"),
                            new Text("Жетекші бірлестік жұмысының талдауын ұсынды.", "Руководитель МО представил(а) анализ работы за прошлый год."),
                            new Text("Мүшелер жаңа міндеттерді талқылады.", "Члены МО обсудили задачи на год."),
                            new Text("Міндеттер қабылдансын.", "Задачи принять."))),
                    List.of(new Text("Өздігінен білім алу тақырыптарын бекіту", "Утвердить темы самообразования")))),
            Map.entry(2, new Plan(0, List.of(
                    new Item(new Text("Мектепішілік олимпиадаға дайындық", "Подготовка к школьному этапу олимпиады"),
                            new Text("Олимпиада тапсырмаларының жобасы ұсынылды.", "Представлены проекты олимпиадных заданий."),
                            new Text("Бағалау критерийлері келісілді.", "Согласованы критерии оценивания."),
                            new Text("Тапсырмалар бекітілсін.", "Задания утвердить."))),
                    List.of(new Text("Олимпиада нәтижелерін талдау", "Проанализировать результаты олимпиады")))),
            Map.entry(5, new Plan(0, List.of(
                    new Item(new Text("І жартыжылдық қорытындысы: дарынды оқушылармен жұмыс", "Итоги I полугодия: работа с одарёнными учащимися"),
                            new Text("Жартыжылдық бақылау жұмыстарының нәтижелері талданды.", "Проанализированы итоги полугодовых контрольных работ."),
                            new Text("Дарынды оқушыларға жеке тапсырмалар ұсынылды.", "Предложены индивидуальные задания для одарённых учащихся."),
                            new Text("Дарынды оқушылармен жұмыс жоспары жасалсын.", "Составить план работы с одарёнными учащимися."))),
                    List.of(new Text("Дарынды оқушылармен жұмыс жоспарын жасау", "Составить план работы с одарёнными учащимися")))),
            Map.entry(8, new Plan(0, List.of(
                    new Item(new Text("Оқу жылының қорытындысы: бірлестік жұмысын талдау", "Итоги учебного года: анализ работы МО"),
                            new Text("Жетекші жылдық есепті ұсынды.", "Руководитель МО представил(а) отчёт за год."),
                            new Text("Келесі жылға ұсыныстар айтылды.", "Высказаны предложения на следующий год."),
                            new Text("Бірлестік жұмысы қанағаттанарлық деп танылсын.", "Работу МО признать удовлетворительной."))),
                    List.of(new Text("Келесі жылдың жоспарына ұсыныстар дайындау", "Подготовить предложения в план на следующий год")))));

    private static final List<Text> NEXT = List.of(
            new Text("Пән апталығын өткізу жоспары", "План проведения предметной недели"),
            new Text("Жас мамандарға әдістемелік көмек", "Методическая помощь молодым специалистам"),
            new Text("Бұрын қабылданған шешімдердің орындалуы", "О выполнении ранее принятых решений"));

    @Inject
    MeetingRecords records;

    @Inject
    Notifications notifications;

    @Inject
    Settings settings;

    @Inject
    Event<DemoSourcePlanned> inPlan;

    void schoolLoaded(@Observes DemoSchoolLoaded school) {
        LocalDate today = LocalDate.now(settings.timeZone());
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        for (int i = 0; i < school.associations().size(); i++) {
            AssociationRoster a = school.associations().get(i);
            if (a.headId() == null || a.members().isEmpty()) {
                continue;
            }
            // A mixed school writes in both languages: its associations alternate.
            boolean kazakh = school.language() == TeachingLanguage.KAZAKH
                    || (school.language() == TeachingLanguage.MIXED && i % 2 == 0);
            Map<Integer, Integer> numbers = new HashMap<>();
            // The previous year's first, so that protocol numbers follow the days even when this autumn's first
            // meeting falls in the previous year (a demo loaded in early September).
            AcademicYear previous = AcademicYear.of(today).previous();
            for (Map.Entry<Integer, Plan> earlier : heldLastYear(school.pace())) {
                LocalDate day = previous.firstDay().plusMonths(earlier.getKey()).plusDays(14)
                        .with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
                held(a, earlier.getValue(), day, today, utc(day.minusDays(10).atTime(9, 0)), kazakh, numbers, false);
            }
            if (school.pace() == 1 && i == 0) { // the least busy school's first association also cancelled one
                cancelled(a, LAST_YEAR.get(2).getValue(), previous.firstDay().plusMonths(LAST_YEAR.get(2).getKey())
                        .plusDays(14).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY)), kazakh);
            }
            held(a, FIRST, daysAgo(today, FIRST), today, now, kazakh, numbers, false);
            held(a, SECOND, daysAgo(today, SECOND), today, now, kazakh, numbers, true);
            planned(a, today, now, kazakh);
        }
        records.data().flush();
    }

    private static LocalDate daysAgo(LocalDate today, Plan plan) {
        return today.minusDays(plan.daysAgo()).with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY));
    }

    /** A meeting held on the day, entered at {@code created}, with final minutes. */
    private void held(AssociationRoster a, Plan plan, LocalDate day, LocalDate today, LocalDateTime created,
                      boolean kazakh, Map<Integer, Integer> numbers, boolean recent) {
        int year = AcademicYear.of(day).startYear();
        int number = numbers.merge(year, 1, Integer::sum);
        Meeting m = new Meeting(a.id(), a.name(), year, a.headName(), created);
        m.schedule(day.atTime(15, 0), day.atTime(16, 30), kazakh ? "Әдістемелік кабинет" : "Методический кабинет");
        for (int i = 0; i < plan.items().size(); i++) {
            Item item = plan.items().get(i);
            AssociationRoster.Member speaker = i == 0 ? head(a) : member(a, i);
            AgendaItem agendaItem = new AgendaItem(m, i + 1, item.topic().in(kazakh), speaker.staffId(), speaker.fullName());
            agendaItem.record(item.heard().in(kazakh), item.spoke().in(kazakh), item.decided().in(kazakh));
            m.agenda().add(agendaItem);
        }
        m.held(number);
        AssociationRoster.Member secretary = member(a, 1);
        m.officers(a.headId(), a.headName(), secretary.staffId(), secretary.fullName(), null);
        for (int i = 0; i < a.members().size(); i++) {
            AssociationRoster.Member member = a.members().get(i);
            Attendance attendance = new Attendance(m, member.staffId(), member.fullName());
            if (recent && i == a.members().size() - 1 && a.members().size() > 2) {
                attendance.mark(Presence.EXCUSED, kazakh ? "Біліктілікті арттыру курсы" : "Курсы повышения квалификации");
            }
            m.attendance().add(attendance);
        }
        for (int i = 0; i < plan.decisions().size(); i++) {
            AssociationRoster.Member owner = member(a, i + 1);
            // The second meeting's decisions: the first done, the second overdue, the third open and due soon.
            LocalDate due = recent ? (i == 1 ? today.minusDays(4) : today.plusDays(i == 0 ? -10 : 10)) : day.plusDays(14);
            Decision d = new Decision(m, i + 1, plan.decisions().get(i).in(kazakh), owner.staffId(), owner.fullName(), due);
            if (!recent || i == 0) {
                d.done(kazakh ? "Орындалды, жетекшіге тапсырылды." : "Выполнено, сдано руководителю МО.", owner.fullName(),
                        utc(due.minusDays(1).atTime(16, 0)));
            }
            m.decisions().add(d);
        }
        LocalDateTime signed = utc(day.plusDays(2).atTime(10, 0));
        m.makeFinal(a.headName(), signed);
        records.data().persist(m);
        records.data().flush();
        records.data().persist(new MinutesRevision(m.getId(), 1, secretary.fullName(), utc(day.plusDays(1).atTime(14, 0))));
        inPlan.fire(MeetingsInPlan.demoEntry(m, a.headId(), a.headName()));
        for (Decision d : m.decisions()) {
            if (!d.isDone()) {
                notifications.sendToStaff(List.of(d.getOwnerStaffId()), Notice.about("notice.decision.assigned",
                        a.name(), number, d.getNumber(), d.getText(), d.getDueOn().format(PaperDates.DAY))
                        .linkingTo("/events/decisions.xhtml"));
            }
        }
    }

    /** A meeting of a year gone by, planned with its agenda and then cancelled (kept out of the annual plan). */
    private void cancelled(AssociationRoster a, Plan plan, LocalDate day, boolean kazakh) {
        Meeting m = new Meeting(a.id(), a.name(), AcademicYear.of(day).startYear(), a.headName(),
                utc(day.minusDays(10).atTime(9, 0)));
        m.schedule(day.atTime(15, 0), day.atTime(16, 30), kazakh ? "Әдістемелік кабинет" : "Методический кабинет");
        for (int i = 0; i < plan.items().size(); i++) {
            AssociationRoster.Member speaker = i == 0 ? head(a) : member(a, i);
            m.agenda().add(new AgendaItem(m, i + 1, plan.items().get(i).topic().in(kazakh), speaker.staffId(),
                    speaker.fullName()));
        }
        m.cancel(kazakh ? "Мүшелердің көбі курста болды." : "Большинство членов МО на курсах.");
        m.changed(utc(day.minusDays(2).atTime(12, 0)));
        records.data().persist(m);
    }

    private void planned(AssociationRoster a, LocalDate today, LocalDateTime now, boolean kazakh) {
        // Within the coming week (the start page's "this week"), on a working day.
        LocalDate day = today.plusDays(5);
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        }
        Meeting m = new Meeting(a.id(), a.name(), AcademicYear.of(day).startYear(), a.headName(), now);
        m.schedule(day.atTime(15, 0), day.atTime(16, 0), kazakh ? "Әдістемелік кабинет" : "Методический кабинет");
        for (int i = 0; i < NEXT.size(); i++) {
            AssociationRoster.Member speaker = i == NEXT.size() - 1 ? head(a) : member(a, i + 1);
            m.agenda().add(new AgendaItem(m, i + 1, NEXT.get(i).in(kazakh), speaker.staffId(), speaker.fullName()));
        }
        records.data().persist(m);
        records.data().flush();
        inPlan.fire(MeetingsInPlan.demoEntry(m, a.headId(), a.headName()));
        notifications.sendToStaff(a.memberIds().stream().filter(id -> !id.equals(a.headId())).toList(),
                Notice.about("notice.meeting.planned", a.name(), m.getStartsAt().format(
                        PaperDates.DAY_AND_TIME)).linkingTo("/events/meeting.xhtml?id=" + m.getId()));
    }

    private LocalDateTime utc(LocalDateTime schoolTime) {
        return schoolTime.atZone(settings.timeZone()).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    private static AssociationRoster.Member head(AssociationRoster a) {
        return a.member(a.headId()).orElse(a.members().get(0));
    }

    /** The n-th member who is not the head (round the list), or the head in an association of one. */
    private static AssociationRoster.Member member(AssociationRoster a, int n) {
        List<AssociationRoster.Member> others = a.members().stream().filter(m -> !a.isHead(m.staffId())).toList();
        return others.isEmpty() ? head(a) : others.get((n - 1) % others.size());
    }

    private static List<Map.Entry<Integer, Plan>> heldLastYear(int pace) {
        return LAST_YEAR.stream().filter(m -> LAST_YEAR.indexOf(m) < pace || m == LAST_YEAR.get(LAST_YEAR.size() - 1))
                .toList();
    }
}
