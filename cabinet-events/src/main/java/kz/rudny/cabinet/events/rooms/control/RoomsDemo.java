package kz.rudny.cabinet.events.rooms.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kz.rudny.cabinet.domain.people.boundary.StaffCard;
import kz.rudny.cabinet.domain.platform.boundary.DemoSchoolLoaded;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.school.boundary.TeachingLanguage;
import kz.rudny.cabinet.domain.tenancy.Tenancy;
import kz.rudny.cabinet.events.rooms.boundary.RoomKind;
import kz.rudny.cabinet.events.rooms.boundary.Slot;
import kz.rudny.cabinet.events.rooms.entity.Room;
import kz.rudny.cabinet.events.rooms.entity.RoomBooking;

/**
 * The rooms' part of the demo data: the methodical cabinet booked through this week and the next (consultations,
 * the methodical council, an association's work), in the school's language, and the assembly hall once.
 */
@ApplicationScoped
public class RoomsDemo {

    private record Demo(DayOfWeek day, int fromHour, int toHour, String who, String kk, String ru) {
    }

    private static final List<Demo> CABINET_WEEK = List.of(
            new Demo(DayOfWeek.MONDAY, 14, 15, "methodologist", "Жас мамандарға кеңес", "Консультация для молодых специалистов"),
            new Demo(DayOfWeek.TUESDAY, 15, 16, "head", "Бірлестіктің жұмыс отырысы", "Рабочее заседание объединения"),
            new Demo(DayOfWeek.WEDNESDAY, 13, 14, "mentor", "Тәлімгермен сабақты талдау", "Анализ урока с наставником"),
            new Demo(DayOfWeek.THURSDAY, 15, 17, "methodologist", "Әдістемелік кеңес", "Методический совет"),
            new Demo(DayOfWeek.FRIDAY, 14, 15, "teacher", "Ашық сабаққа дайындық", "Подготовка к открытому уроку"));

    @PersistenceContext(unitName = "events")
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    RoomSeeder seeder;

    @Inject
    Settings settings;

    void schoolLoaded(@Observes DemoSchoolLoaded school) {
        seeder.seedCurrentSchool();
        EntityManager data = tenancy.schoolData(em);
        Map<RoomKind, Room> rooms = new EnumMap<>(RoomKind.class);
        data.createQuery("SELECT r FROM Room r WHERE r.name IS NULL", Room.class).getResultList()
                .forEach(r -> rooms.put(r.getKind(), r));
        boolean kazakh = school.language() != TeachingLanguage.RUSSIAN;
        LocalDate monday = LocalDate.now(settings.timeZone()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        for (int week = 0; week < 2; week++) {
            for (Demo d : CABINET_WEEK) {
                StaffCard who = school.staff().get(d.who());
                LocalDate day = monday.plusWeeks(week).with(TemporalAdjusters.nextOrSame(d.day()));
                data.persist(new RoomBooking(rooms.get(RoomKind.METHODICAL_CABINET),
                        new Slot(day.atTime(d.fromHour(), 0), day.atTime(d.toHour(), 0)), kazakh ? d.kk() : d.ru(),
                        who.staffId(), who.fullName(), now));
            }
        }
        StaffCard methodologist = school.staff().get("methodologist");
        LocalDate friday = monday.plusWeeks(1).with(DayOfWeek.FRIDAY);
        data.persist(new RoomBooking(rooms.get(RoomKind.ASSEMBLY_HALL),
                new Slot(friday.atTime(LocalTime.of(11, 0)), friday.atTime(LocalTime.of(13, 0))),
                kazakh ? "Педагогикалық кеңес" : "Педагогический совет", methodologist.staffId(),
                methodologist.fullName(), now));
        data.flush();
    }
}
