package kz.rudny.cabinet.domain.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import kz.rudny.cabinet.domain.association.boundary.AssociationRoster;
import kz.rudny.cabinet.domain.association.entity.MethodicalAssociation;
import kz.rudny.cabinet.domain.audit.boundary.AuditTrail;
import kz.rudny.cabinet.domain.audit.boundary.Changes;
import kz.rudny.cabinet.domain.audit.boundary.DomainAction;
import kz.rudny.cabinet.domain.audit.boundary.DomainField;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.notifications.boundary.Notice;
import kz.rudny.cabinet.domain.notifications.boundary.Notifications;
import kz.rudny.cabinet.domain.people.boundary.QualificationCategory;
import kz.rudny.cabinet.domain.people.boundary.StaffCard;
import kz.rudny.cabinet.domain.people.control.Accounts;
import kz.rudny.cabinet.domain.people.entity.Account;
import kz.rudny.cabinet.domain.people.entity.StaffMember;
import kz.rudny.cabinet.domain.platform.boundary.ConfigKeys;
import kz.rudny.cabinet.domain.platform.boundary.DemoSchoolLoaded;
import kz.rudny.cabinet.domain.school.boundary.TeachingLanguage;
import kz.rudny.cabinet.domain.school.entity.School;
import kz.rudny.cabinet.domain.security.PasswordHashing;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.domain.subject.entity.Subject;
import kz.rudny.cabinet.domain.tenancy.Tenancy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Rudny demo data set: the town education department's two district accounts and three schools (a
 * Kazakh-language, a Russian-language and a mixed one), each with a methodologist, associations, a dozen
 * teachers with subjects and two young specialists. Loaded only into an empty database.
 */
@ApplicationScoped
public class DemoData {

    /** The password of every demo account; listed in the README and printed at start. */
    public static final String PASSWORD = "Rudny-2026";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext(unitName = "cabinet")
    EntityManager em;

    @Inject
    Event<DemoSchoolLoaded> loaded;

    @Inject
    Accounts accounts;

    @Inject
    Tenancy tenancy;

    @Inject
    AuditTrail audit;

    @Inject
    Notifications notifications;

    @Inject
    @ConfigProperty(name = ConfigKeys.DEMO_BENCH_TEACHERS, defaultValue = "0")
    int benchTeachers;

    /** This bean through its proxy, so that each school is loaded in a transaction of its own. */
    @Inject
    DemoData self;

    /** Set by {@link #district}, before the schools: their demo events name the district's organiser. */
    private DemoSchoolLoaded.DistrictPerson districtMethodologist;

    /** A demo person; {@code careerStart} is the academic year they started teaching (1 September of it). */
    record Person(String username, String fullName, String jobTitle, int careerStart, List<String> subjects,
                          Set<Role> roles) {
    }

    record Dept(String name, String description, List<String> subjectCodes) {
    }

    /** A plausible category for the years of service; each school's mentor is a педагог-мастер. */
    private static QualificationCategory category(Person p, int thisYear) {
        int years = thisYear - p.careerStart();
        if (p.username().equals("mentor")) {
            return QualificationCategory.MASTER;
        }
        if (years < 1) {
            return QualificationCategory.TRAINEE;
        }
        if (years < 3) {
            return QualificationCategory.TEACHER;
        }
        if (years < 9) { // so the gymnasium's "t07" (8 years) is a педагог-модератор, aiming at педагог-эксперт
            return QualificationCategory.MODERATOR;
        }
        return years < 18 ? QualificationCategory.EXPERT : QualificationCategory.RESEARCHER;
    }

    public boolean isEmpty() {
        return em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult() == 0;
    }

    /**
     * Loads the district accounts and each school, each in its own transaction (a tenant per transaction). The
     * schools' pace (the gymnasium busiest last year, №7 the least) makes their previous academic year differ.
     */
    public List<String> load() {
        List<String> lines = new ArrayList<>();
        self.district(lines);
        int young = AcademicYear.of(LocalDate.now(ZoneOffset.UTC)).startYear();
        self.school("Абай атындағы №3 мектеп-гимназия", TeachingLanguage.KAZAKH, "g3", 3, List.of(
                new Person("methodologist", "Ахметова Ләззат Шәкірқызы", "Директордың ғылыми-әдістемелік жұмыс жөніндегі орынбасары", 1998, List.of("PHYSICS"), Set.of(Role.SCHOOL_METHODOLOGIST, Role.TEACHER)),
                new Person("head", "Жұмабаева Гүлнар Серікқызы", "Қазақ тілі мен әдебиеті пәнінің мұғалімі", 2005, List.of("KAZAKH_LANGUAGE", "KAZAKH_LITERATURE"), Set.of(Role.TEACHER, Role.ASSOCIATION_HEAD)),
                new Person("mentor", "Оспанов Ерлан Болатұлы", "Математика пәнінің мұғалімі", 2001, List.of("MATHEMATICS", "ALGEBRA", "GEOMETRY"), Set.of(Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD)),
                new Person("teacher", "Қасымова Әйгерім Нұрланқызы", "Биология пәнінің мұғалімі", 2012, List.of("BIOLOGY"), Set.of(Role.TEACHER)),
                new Person("young", "Төлеуова Аружан Ерланқызы", "Химия пәнінің мұғалімі", young, List.of("CHEMISTRY"), Set.of(Role.TEACHER)),
                new Person("young2", "Сейітов Даурен Маратұлы", "Информатика пәнінің мұғалімі", young - 1, List.of("INFORMATICS"), Set.of(Role.TEACHER)),
                new Person("t01", "Бекмұхамбетова Сәуле Амангелдіқызы", "Бастауыш сынып мұғалімі", 1995, List.of("PRIMARY"), Set.of(Role.TEACHER, Role.ASSOCIATION_HEAD)),
                new Person("t02", "Нұрғалиев Асқар Темірұлы", "Тарих пәнінің мұғалімі", 2008, List.of("HISTORY_KAZAKHSTAN", "WORLD_HISTORY"), Set.of(Role.TEACHER)),
                new Person("t03", "Исабекова Мөлдір Қанатқызы", "Ағылшын тілі пәнінің мұғалімі", 2015, List.of("ENGLISH"), Set.of(Role.TEACHER)),
                new Person("t04", "Әбілқасымова Динара Жанатқызы", "Орыс тілі мен әдебиеті пәнінің мұғалімі", 2003, List.of("RUSSIAN_LANGUAGE", "RUSSIAN_LITERATURE"), Set.of(Role.TEACHER)),
                new Person("t05", "Мұқанов Ғалым Сағатұлы", "Дене шынықтыру пәнінің мұғалімі", 2010, List.of("PHYSICAL_EDUCATION"), Set.of(Role.TEACHER)),
                new Person("t06", "Байжанова Ұлжан Өмірбекқызы", "География пәнінің мұғалімі", 2000, List.of("GEOGRAPHY"), Set.of(Role.TEACHER)),
                new Person("t07", "Сұлтанова Жанар Бақытқызы", "Бастауыш сынып мұғалімі", 2018, List.of("PRIMARY", "SELF_KNOWLEDGE"), Set.of(Role.TEACHER))),
                List.of(new Dept("Қазақ тілі мен әдебиеті ӘБ", "Қазақ тілі, әдебиет және тарих пәндері", List.of("KAZAKH_LANGUAGE", "KAZAKH_LITERATURE", "HISTORY_KAZAKHSTAN", "WORLD_HISTORY", "ENGLISH", "RUSSIAN_LANGUAGE")),
                        new Dept("Жаратылыстану-математика ӘБ", "Математика, физика, химия, биология, информатика, география", List.of("MATHEMATICS", "PHYSICS", "CHEMISTRY", "BIOLOGY", "INFORMATICS", "GEOGRAPHY")),
                        new Dept("Бастауыш сынып ӘБ", "Бастауыш сынып мұғалімдері", List.of("PRIMARY", "PHYSICAL_EDUCATION"))),
                lines);
        self.school("Средняя школа №12", TeachingLanguage.RUSSIAN, "s12", 2, List.of(
                new Person("methodologist", "Петренко Елена Викторовна", "Заместитель директора по научно-методической работе", 1996, List.of("RUSSIAN_LANGUAGE"), Set.of(Role.SCHOOL_METHODOLOGIST, Role.TEACHER)),
                new Person("head", "Соколова Наталья Ивановна", "Учитель русского языка и литературы", 2002, List.of("RUSSIAN_LANGUAGE", "RUSSIAN_LITERATURE"), Set.of(Role.TEACHER, Role.ASSOCIATION_HEAD)),
                new Person("mentor", "Иванов Сергей Александрович", "Учитель математики", 1999, List.of("MATHEMATICS", "ALGEBRA", "GEOMETRY"), Set.of(Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD)),
                new Person("teacher", "Кузнецова Ольга Сергеевна", "Учитель физики", 2009, List.of("PHYSICS"), Set.of(Role.TEACHER)),
                new Person("young", "Смирнов Артём Дмитриевич", "Учитель информатики", young, List.of("INFORMATICS"), Set.of(Role.TEACHER)),
                new Person("young2", "Морозова Анастасия Игоревна", "Учитель начальных классов", young - 2, List.of("PRIMARY"), Set.of(Role.TEACHER)),
                new Person("t01", "Волкова Татьяна Николаевна", "Учитель начальных классов", 1993, List.of("PRIMARY"), Set.of(Role.TEACHER, Role.ASSOCIATION_HEAD)),
                new Person("t02", "Лебедев Андрей Викторович", "Учитель истории", 2006, List.of("HISTORY_KAZAKHSTAN", "WORLD_HISTORY", "LAW"), Set.of(Role.TEACHER)),
                new Person("t03", "Ким Марина Валерьевна", "Учитель английского языка", 2011, List.of("ENGLISH"), Set.of(Role.TEACHER)),
                new Person("t04", "Жакупова Айгуль Маратовна", "Учитель казахского языка и литературы", 2004, List.of("KAZAKH_LANGUAGE", "KAZAKH_LITERATURE"), Set.of(Role.TEACHER)),
                new Person("t05", "Попов Дмитрий Олегович", "Учитель физической культуры", 2013, List.of("PHYSICAL_EDUCATION"), Set.of(Role.TEACHER)),
                new Person("t06", "Новикова Светлана Юрьевна", "Учитель химии и биологии", 1997, List.of("CHEMISTRY", "BIOLOGY"), Set.of(Role.TEACHER)),
                new Person("t07", "Федорова Ирина Анатольевна", "Учитель географии", 2007, List.of("GEOGRAPHY"), Set.of(Role.TEACHER))),
                List.of(new Dept("МО учителей гуманитарного цикла", "Русский язык и литература, казахский язык, история, английский язык", List.of("RUSSIAN_LANGUAGE", "RUSSIAN_LITERATURE", "KAZAKH_LANGUAGE", "KAZAKH_LITERATURE", "HISTORY_KAZAKHSTAN", "ENGLISH", "LAW")),
                        new Dept("МО учителей естественно-математического цикла", "Математика, физика, химия, биология, информатика, география", List.of("MATHEMATICS", "PHYSICS", "CHEMISTRY", "BIOLOGY", "INFORMATICS", "GEOGRAPHY")),
                        new Dept("МО учителей начальных классов", "Начальные классы и физическая культура", List.of("PRIMARY", "PHYSICAL_EDUCATION"))),
                lines);
        self.school("№7 орта мектебі", TeachingLanguage.MIXED, "s7", 1, List.of(
                new Person("methodologist", "Ахметова Лаззат Шакировна", "Директордың ғылыми-әдістемелік жұмыс жөніндегі орынбасары", 2000, List.of("PHYSICS"), Set.of(Role.SCHOOL_METHODOLOGIST, Role.TEACHER)),
                new Person("head", "Ермекова Салтанат Қуанышқызы", "Қазақ тілі мен әдебиеті пәнінің мұғалімі", 2004, List.of("KAZAKH_LANGUAGE", "KAZAKH_LITERATURE"), Set.of(Role.TEACHER, Role.ASSOCIATION_HEAD)),
                new Person("mentor", "Григорьева Людмила Васильевна", "Учитель математики", 1994, List.of("MATHEMATICS", "ALGEBRA", "GEOMETRY"), Set.of(Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD)),
                new Person("teacher", "Тұрсынбаев Арман Серікұлы", "Физика пәнінің мұғалімі", 2014, List.of("PHYSICS"), Set.of(Role.TEACHER)),
                new Person("young", "Әлиева Камила Рустемқызы", "Ағылшын тілі пәнінің мұғалімі", young, List.of("ENGLISH"), Set.of(Role.TEACHER)),
                new Person("young2", "Белов Никита Сергеевич", "Учитель истории", young - 1, List.of("HISTORY_KAZAKHSTAN", "WORLD_HISTORY"), Set.of(Role.TEACHER)),
                new Person("t01", "Шевченко Оксана Владимировна", "Учитель начальных классов", 1998, List.of("PRIMARY"), Set.of(Role.TEACHER, Role.ASSOCIATION_HEAD)),
                new Person("t02", "Нұрпейісова Айнұр Болатқызы", "Бастауыш сынып мұғалімі", 2010, List.of("PRIMARY"), Set.of(Role.TEACHER)),
                new Person("t03", "Макаров Виктор Павлович", "Учитель химии", 2001, List.of("CHEMISTRY"), Set.of(Role.TEACHER)),
                new Person("t04", "Ибраева Гаухар Ержанқызы", "Биология пәнінің мұғалімі", 2016, List.of("BIOLOGY"), Set.of(Role.TEACHER)),
                new Person("t05", "Степанова Юлия Андреевна", "Учитель русского языка и литературы", 2008, List.of("RUSSIAN_LANGUAGE", "RUSSIAN_LITERATURE"), Set.of(Role.TEACHER)),
                new Person("t06", "Жұмаділов Бауыржан Асқарұлы", "Информатика пәнінің мұғалімі", 2012, List.of("INFORMATICS"), Set.of(Role.TEACHER)),
                new Person("t07", "Ковальчук Олег Игоревич", "Учитель физической культуры", 2005, List.of("PHYSICAL_EDUCATION"), Set.of(Role.TEACHER))),
                List.of(new Dept("Гуманитарлық пәндер ӘБ / МО гуманитарного цикла", "Қазақ тілі, орыс тілі, ағылшын тілі, тарих", List.of("KAZAKH_LANGUAGE", "KAZAKH_LITERATURE", "RUSSIAN_LANGUAGE", "RUSSIAN_LITERATURE", "ENGLISH", "HISTORY_KAZAKHSTAN")),
                        new Dept("Жаратылыстану-математика ӘБ / МО ЕМЦ", "Математика, физика, химия, биология, информатика", List.of("MATHEMATICS", "PHYSICS", "CHEMISTRY", "BIOLOGY", "INFORMATICS")),
                        new Dept("Бастауыш сынып ӘБ / МО начальных классов", "Бастауыш сынып, дене шынықтыру", List.of("PRIMARY", "PHYSICAL_EDUCATION"))),
                lines);
        for (int first = 1, n = 1; first <= benchTeachers; first += BENCH_SCHOOL_SIZE, n++) {
            self.benchSchool(n, first, Math.min(benchTeachers, first + BENCH_SCHOOL_SIZE - 1), lines);
        }
        return lines;
    }

    /** Teachers per benchmark school. */
    private static final int BENCH_SCHOOL_SIZE = 250;

    /**
     * A benchmark school: teachers {@code bench.<first>}…{@code bench.<last>} with staff records and nothing
     * else (no associations, no demo events or materials). They share one hash of the demo password: hashing it a
     * thousand times would add minutes to the start, and these accounts exist only on a benchmark's server.
     */
    @Transactional
    public void benchSchool(int number, int first, int last, List<String> lines) {
        School school = new School("Бенчмарк мектебі №" + number, TeachingLanguage.MIXED, LocalDateTime.now(ZoneOffset.UTC));
        em.persist(school);
        em.flush();
        String hash = PasswordHashing.hash(PASSWORD.toCharArray());
        List<StaffMember> staff = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            Account a = new Account(String.format("bench.%04d", i), hash, String.format("Бенчмарк мұғалімі %04d", i),
                    school.getId(), LocalDateTime.now(ZoneOffset.UTC));
            a.setRoles(Set.of(Role.TEACHER));
            em.persist(a);
            StaffMember m = new StaffMember(a);
            m.setJobTitle("Мұғалім");
            staff.add(m);
        }
        em.flush();
        tenancy.asSchool(school.getId(), () -> {
            EntityManager data = tenancy.schoolData();
            staff.forEach(data::persist);
            data.flush();
            return null;
        });
        lines.add(String.format("%s: bench.%04d…bench.%04d (%s)", school.getName(), first, last, PASSWORD));
    }

    @Transactional
    public void district(List<String> lines) {
        welcome(account("district.admin", "Серікбаев Нұрлан Қайратұлы", null, Set.of(Role.DISTRICT_ADMINISTRATOR), lines));
        Account methodologist = account("district.methodologist", "Ковалева Ирина Петровна", null,
                Set.of(Role.DISTRICT_METHODOLOGIST), lines);
        welcome(methodologist);
        districtMethodologist = new DemoSchoolLoaded.DistrictPerson(methodologist.getId(), methodologist.getFullName());
    }

    /** Every demo person's first notification, so that the bell of a newcomer trying the cabinet is not empty. */
    private void welcome(Account a) {
        em.flush();
        notifications.send(List.of(a.getId()), Notice.about("notice.welcome", a.getFullName()).linkingTo("/profile.xhtml"));
    }

    private Account account(String username, String fullName, Long schoolId, Set<Role> roles, List<String> lines) {
        Account a = accounts.create(username, PASSWORD, "password", fullName, schoolId, roles, null);
        lines.add(String.format("  %-24s %-10s %s (%s)", username, PASSWORD, fullName, roles));
        return a;
    }

    @Transactional
    public void school(String name, TeachingLanguage language, String prefix, int pace, List<Person> people,
                       List<Dept> depts, List<String> lines) {
        School school = new School(name, language, LocalDateTime.now(ZoneOffset.UTC));
        em.persist(school);
        em.flush();
        lines.add(name + ":");
        List<StaffMember> staff = new ArrayList<>();
        for (Person p : people) {
            Account a = account(prefix + "." + p.username(), p.fullName(), school.getId(), p.roles(), lines);
            StaffMember m = new StaffMember(a);
            m.setJobTitle(p.jobTitle());
            m.setTeachingSince(LocalDate.of(p.careerStart(), 9, 1));
            m.setCategory(category(p, AcademicYear.of(LocalDate.now(ZoneOffset.UTC)).startYear()));
            DemoBackgrounds.give(prefix + "." + p.username(), p.careerStart(), m);
            if (p.username().equals("mentor")) {
                m.cambridgeCourseConfirmed(); // the mentoring demo's confirmed Cambridge-programme course (CoursesDemo)
            }
            Set<Subject> subjects = new HashSet<>();
            for (String code : p.subjects()) {
                subjects.add(em.createQuery("SELECT s FROM Subject s WHERE s.code = :c", Subject.class)
                        .setParameter("c", code).getSingleResult());
            }
            m.setSubjects(subjects);
            staff.add(m);
        }
        tenancy.asSchool(school.getId(), () -> {
            EntityManager data = tenancy.schoolData();
            staff.forEach(data::persist);
            List<Long> associationIds = new ArrayList<>();
            List<AssociationRoster> rosters = new ArrayList<>();
            List<StaffMember> heads = staff.stream().filter(m -> m.getAccount().getRoles().contains(Role.ASSOCIATION_HEAD)).toList();
            for (int i = 0; i < depts.size(); i++) {
                Dept d = depts.get(i);
                MethodicalAssociation a = new MethodicalAssociation(d.name());
                a.setDescription(d.description());
                Set<StaffMember> members = new LinkedHashSet<>();
                for (StaffMember m : staff) {
                    if (m.getSubjects().stream().anyMatch(s -> d.subjectCodes().contains(s.getCode()))) {
                        members.add(m);
                    }
                }
                a.setMembers(members);
                a.setHead(i < heads.size() ? heads.get(i) : null);
                data.persist(a);
                data.flush();
                associationIds.add(a.getId());
                rosters.add(new AssociationRoster(a.getId(), a.getName(), a.getHead() == null ? null : a.getHead().getId(),
                        a.getHead() == null ? null : a.getHead().getAccount().getFullName(), a.getMembers().stream()
                        .map(m -> new AssociationRoster.Member(m.getId(), m.getAccount().getFullName())).toList()));
            }
            data.flush();
            staff.forEach(m -> welcome(m.getAccount()));
            Map<String, StaffCard> cards = new HashMap<>();
            Map<String, Long> accountIds = new HashMap<>();
            for (int i = 0; i < people.size(); i++) {
                StaffMember m = staff.get(i);
                accountIds.put(people.get(i).username(), m.getAccount().getId());
                cards.put(people.get(i).username(), new StaffCard(m.getId(), m.getAccount().getFullName(),
                        m.getJobTitle(), school.getId(), name));
            }
            Map<String, Long> subjectIds = new HashMap<>();
            em.createQuery("SELECT s FROM Subject s", Subject.class).getResultStream()
                    .forEach(s -> subjectIds.put(s.getCode(), s.getId()));
            loaded.fire(new DemoSchoolLoaded(school.getId(), name, language, cards, associationIds, rosters,
                    subjectIds, accountIds, districtMethodologist, pace));
            audit.record(DomainAction.SCHOOL_CREATED, "School", school.getId(), Changes.describe()
                    .value(DomainField.NAME, name).value(DomainField.TEACHING_LANGUAGE, school.getTeachingLanguage()));
            return null;
        });
        LOG.fine(() -> "Demo school " + name + " loaded");
    }

}
