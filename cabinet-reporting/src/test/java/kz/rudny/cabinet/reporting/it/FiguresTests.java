package kz.rudny.cabinet.reporting.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.errors.AccessDeniedException;
import kz.rudny.cabinet.domain.export.DemoPaper;
import kz.rudny.cabinet.domain.figures.boundary.Indicator;
import kz.rudny.cabinet.domain.files.boundary.IncomingFile;
import kz.rudny.cabinet.domain.it.support.Callers;
import kz.rudny.cabinet.domain.it.support.TestDatabase;
import kz.rudny.cabinet.domain.people.boundary.EducationLevel;
import kz.rudny.cabinet.domain.people.boundary.QualificationCategory;
import kz.rudny.cabinet.domain.people.boundary.Staff;
import kz.rudny.cabinet.domain.people.boundary.StaffMemberForm;
import kz.rudny.cabinet.domain.staffimport.boundary.StaffImport;
import kz.rudny.cabinet.domain.staffimport.boundary.StaffImportReport;
import kz.rudny.cabinet.mentoring.attestation.boundary.AttestationView;
import kz.rudny.cabinet.mentoring.attestation.boundary.Attestations;
import kz.rudny.cabinet.mentoring.courses.boundary.CourseForm;
import kz.rudny.cabinet.mentoring.courses.boundary.CourseKind;
import kz.rudny.cabinet.mentoring.courses.boundary.Courses;
import kz.rudny.cabinet.mentoring.pairs.boundary.AssignmentForm;
import kz.rudny.cabinet.mentoring.pairs.boundary.MentoringPairs;
import kz.rudny.cabinet.reporting.figures.boundary.Dashboard;
import kz.rudny.cabinet.reporting.figures.boundary.DistrictFigures;
import kz.rudny.cabinet.reporting.figures.boundary.FigureLine;
import kz.rudny.cabinet.reporting.figures.boundary.OwnFigures;
import org.junit.jupiter.api.Test;

/**
 * The district's figures on a real server with every module deployed, as the demo schools' people: kept in the
 * reporting module's own table from the start, each module's fact refreshing its school's figures as soon as it
 * commits (a course confirmed, a mentor assigned, an attestation recorded, a staff record changed), equal to what a
 * rebuild counts and to the modules' own tables; the district sees every school, a school's methodologist the own
 * school with the district average only, and nobody else anything.
 */
interface FiguresTests {

    String DISTRICT = "district.methodologist";
    String ADMIN = "district.admin";
    String SCHOOL = "s7.methodologist";
    ZoneId RUDNY = ZoneId.of("Asia/Qostanay");

    Callers callers();

    TestDatabase db();

    Dashboard dashboard();

    Courses courses();

    MentoringPairs pairs();

    Attestations attestations();

    Staff staff();

    StaffImport staffImport();

    @Test
    default void theFiguresAreThereFromTheStartAndAgreeWithTheModulesTables() {
        AcademicYear year = AcademicYear.of(LocalDate.now(RUDNY));
        callers().signIn(DISTRICT);
        DistrictFigures table = dashboard().district(year.startYear());
        assertEquals(3, table.schools().size(), "the three demo schools: " + table.schools());
        Timestamp from = Timestamp.valueOf(year.firstDay().atStartOfDay());
        Timestamp to = Timestamp.valueOf(year.lastDay().plusDays(1).atStartOfDay());
        assertEquals(db().number("SELECT COUNT(*) FROM MATERIAL WHERE STATUS = 'PUBLISHED' AND PUBLISHED_AT >= ?"
                + " AND PUBLISHED_AT < ?", from, to), total(table, Indicator.MATERIALS_PUBLISHED, ""));
        assertEquals(db().number("SELECT COUNT(*) FROM ASSOCIATION_MEETING WHERE STATUS = 'HELD' AND STARTS_AT >= ?"
                + " AND STARTS_AT < ?", from, to), total(table, Indicator.MEETINGS_HELD, ""));
        assertTrue(total(table, Indicator.MEETINGS_PLANNED, "") >= total(table, Indicator.MEETINGS_HELD, ""));
        assertEquals(db().number("SELECT COUNT(*) FROM MENTORING_REPORT r JOIN MENTORING_PAIR p ON p.ID = r.PAIR_ID"
                + " WHERE p.ACADEMIC_YEAR = ? AND r.SIGNED_AT IS NOT NULL", year.startYear()),
                total(table, Indicator.MENTOR_REPORTS_SIGNED, ""), "mentors' reports of the year signed off");
        long teachers = table.lines().stream().filter(l -> l.indicator() == Indicator.TEACHERS_BY_CATEGORY)
                .mapToLong(FigureLine::total).sum();
        assertEquals(db().number("SELECT COUNT(*) FROM STAFF_MEMBER m JOIN ACCOUNT a ON a.ID = m.ACCOUNT_ID"
                + " WHERE a.ACTIVE = TRUE"), teachers, "every active staff member by category");
        // each school's second young specialist and overdue teacher (one school's may be helped by the test below)
        assertTrue(total(table, Indicator.YOUNG_WITHOUT_MENTOR, "") >= 2, "the schools' young specialists alone");
        assertTrue(total(table, Indicator.COURSE_OVERDUE, "") >= 2, "the schools' overdue teachers");
    }

    @Test
    default void eachFactRefreshesItsSchoolAtOnceAndARebuildCountsTheSame() {
        int year = AcademicYear.of(LocalDate.now(RUDNY)).startYear();
        long school = db().number("SELECT SCHOOL_ID FROM ACCOUNT WHERE USERNAME = ?", SCHOOL);
        callers().signIn(DISTRICT);
        DistrictFigures before = dashboard().district(year);

        // A course confirmed: the overdue teacher is covered again.
        callers().signIn("s7.t05");
        LocalDate today = LocalDate.now(RUDNY);
        CourseForm course = new CourseForm();
        course.setTitle("Дене шынықтыру: жаңа тәсілдер");
        course.setProvider("«Өрлеу»");
        course.setKind(CourseKind.SUBJECT);
        course.setHours(72);
        course.setStartsOn(today.minusDays(20));
        course.setEndsOn(today.minusDays(10));
        long id = courses().record(course, new IncomingFile("scan.pdf",
                new ByteArrayInputStream(DemoPaper.pdf("СЕРТИФИКАТ", "Курс"))));
        long version = courses().mine().stream().filter(c -> c.id() == id).findFirst().orElseThrow().version();
        callers().signIn(SCHOOL);
        courses().confirm(id, version);
        callers().signIn(DISTRICT);
        DistrictFigures afterCourse = dashboard().district(year);
        assertEquals(value(before, Indicator.COURSE_COVERED, "", school) + 1,
                value(afterCourse, Indicator.COURSE_COVERED, "", school));
        assertEquals(value(before, Indicator.COURSE_OVERDUE, "", school) - 1,
                value(afterCourse, Indicator.COURSE_OVERDUE, "", school));

        // A mentor assigned to the young specialist without one.
        callers().signIn(SCHOOL);
        AssignmentForm assignment = new AssignmentForm();
        assignment.setYoungStaffId(db().staffIdOf("s7.young2"));
        assignment.setMentorStaffId(db().staffIdOf("s7.t01"));
        assignment.setOrderNumber("77-Т");
        assignment.setOrderDate(today);
        pairs().assign(assignment);
        callers().signIn(DISTRICT);
        DistrictFigures afterPair = dashboard().district(year);
        assertEquals(value(before, Indicator.YOUNG_WITH_MENTOR, "", school) + 1,
                value(afterPair, Indicator.YOUNG_WITH_MENTOR, "", school));
        assertEquals(value(before, Indicator.YOUNG_WITHOUT_MENTOR, "", school) - 1,
                value(afterPair, Indicator.YOUNG_WITHOUT_MENTOR, "", school));

        // An attestation recorded for the overdue teacher.
        callers().signIn(SCHOOL);
        long overdue = db().staffIdOf("s7.t02");
        AttestationView standing = attestations().of(overdue);
        attestations().record(overdue, standing.version(), today.minusDays(1), null);
        callers().signIn(DISTRICT);
        DistrictFigures afterAttestation = dashboard().district(year);
        assertEquals(value(before, Indicator.ATTESTATION_OVERDUE, "", school) - 1,
                value(afterAttestation, Indicator.ATTESTATION_OVERDUE, "", school));

        // A staff record's category changed.
        callers().signIn(SCHOOL);
        long teacher = db().staffIdOf("s7.t06");
        StaffMemberForm form = staff().form(teacher);
        QualificationCategory was = form.getCategory();
        QualificationCategory next = was == QualificationCategory.MASTER ? QualificationCategory.EXPERT
                : QualificationCategory.MASTER;
        form.setCategory(next);
        staff().update(teacher, form);
        callers().signIn(DISTRICT);
        DistrictFigures afterStaff = dashboard().district(year);
        assertEquals(value(afterAttestation, Indicator.TEACHERS_BY_CATEGORY, next.name(), school) + 1,
                value(afterStaff, Indicator.TEACHERS_BY_CATEGORY, next.name(), school));
        String wasKey = was == null ? "NONE" : was.name();
        assertEquals(value(afterAttestation, Indicator.TEACHERS_BY_CATEGORY, wasKey, school) - 1,
                value(afterStaff, Indicator.TEACHERS_BY_CATEGORY, wasKey, school));

        // The other schools' figures did not move; a rebuild counts exactly what the facts kept.
        for (DistrictFigures.SchoolColumn other : before.schools()) {
            if (other.id() != school) {
                assertEquals(column(before, other.id()), column(afterStaff, other.id()), other.name());
            }
        }
        callers().signIn(ADMIN);
        assertTrue(dashboard().rebuild(year) > 0);
        callers().signIn(DISTRICT);
        assertEquals(afterStaff, dashboard().district(year), "the rebuild's figures equal the facts'");
    }

    @Test
    default void birthDateAndEducationMoveATeacherBetweenTheBandsAndTheImportCountsAtOnce() {
        int year = AcademicYear.of(LocalDate.now(RUDNY)).startYear();
        LocalDate today = LocalDate.now(RUDNY);
        long school = db().number("SELECT SCHOOL_ID FROM ACCOUNT WHERE USERNAME = ?", SCHOOL);
        callers().signIn(SCHOOL);
        long teacher = db().staffIdOf("s7.t03");
        changeStaffRecord(teacher, today.minusYears(45), EducationLevel.HIGHER_OTHER); // a known start
        callers().signIn(DISTRICT);
        DistrictFigures before = dashboard().district(year);
        assertTrue(sum(before, Indicator.TEACHERS_BY_CATEGORY, school) > 0);
        for (DistrictFigures.SchoolColumn s : before.schools()) {
            long teachers = sum(before, Indicator.TEACHERS_BY_CATEGORY, s.id());
            for (Indicator split : SPLITS) {
                assertEquals(teachers, sum(before, split, s.id()), s.name() + ": " + split + " counts the same people");
            }
        }

        callers().signIn(SCHOOL);
        changeStaffRecord(teacher, today.minusYears(25), EducationLevel.POSTGRADUATE);
        callers().signIn(DISTRICT);
        DistrictFigures after = dashboard().district(year);
        assertEquals(value(before, Indicator.TEACHERS_BY_AGE, "FROM_40_TO_50", school) - 1,
                value(after, Indicator.TEACHERS_BY_AGE, "FROM_40_TO_50", school));
        assertEquals(value(before, Indicator.TEACHERS_BY_AGE, "UNDER_30", school) + 1,
                value(after, Indicator.TEACHERS_BY_AGE, "UNDER_30", school));
        assertEquals(value(before, Indicator.TEACHERS_BY_EDUCATION, "HIGHER_OTHER", school) - 1,
                value(after, Indicator.TEACHERS_BY_EDUCATION, "HIGHER_OTHER", school));
        assertEquals(value(before, Indicator.TEACHERS_BY_EDUCATION, "POSTGRADUATE", school) + 1,
                value(after, Indicator.TEACHERS_BY_EDUCATION, "POSTGRADUATE", school));
        for (DistrictFigures.SchoolColumn other : before.schools()) {
            if (other.id() != school) {
                for (FigureLine line : after.lines()) {
                    assertEquals(value(before, line.indicator(), line.key(), other.id()),
                            value(after, line.indicator(), line.key(), other.id()), other.name() + ": " + line);
                }
            }
        }

        // Unknown again: counted as not known, not left out.
        callers().signIn(SCHOOL);
        changeStaffRecord(teacher, null, null);
        callers().signIn(DISTRICT);
        DistrictFigures unknown = dashboard().district(year);
        assertEquals(value(after, Indicator.TEACHERS_BY_AGE, "NONE", school) + 1,
                value(unknown, Indicator.TEACHERS_BY_AGE, "NONE", school));
        assertEquals(value(after, Indicator.TEACHERS_BY_EDUCATION, "NONE", school) + 1,
                value(unknown, Indicator.TEACHERS_BY_EDUCATION, "NONE", school));

        // An import counts its people as soon as it commits.
        callers().signIn(SCHOOL);
        String tag = Long.toString(System.currentTimeMillis() % 100_000);
        StaffImportReport report = staffImport().importSheet(new ByteArrayInputStream(("ФИО;Білімі;Туған күні\n"
                + "Оразова Мәдина " + tag + ";орта арнаулы, педагогикалық емес;" + today.minusYears(33) + "\n"
                + "Павлов Игорь " + tag + ";среднее специальное непедагогическое;\n").getBytes(StandardCharsets.UTF_8)),
                "staff.csv");
        assertEquals(2, report.created().size(), report.refused()::toString);
        callers().signIn(DISTRICT);
        DistrictFigures imported = dashboard().district(year);
        assertEquals(value(unknown, Indicator.TEACHERS_BY_EDUCATION, "VOCATIONAL_OTHER", school) + 2,
                value(imported, Indicator.TEACHERS_BY_EDUCATION, "VOCATIONAL_OTHER", school));
        assertEquals(value(unknown, Indicator.TEACHERS_BY_AGE, "FROM_30_TO_40", school) + 1,
                value(imported, Indicator.TEACHERS_BY_AGE, "FROM_30_TO_40", school));
        assertEquals(value(unknown, Indicator.TEACHERS_BY_EXPERIENCE, "NONE", school) + 2,
                value(imported, Indicator.TEACHERS_BY_EXPERIENCE, "NONE", school), "no start of teaching given");

        callers().signIn(ADMIN);
        dashboard().rebuild(year);
        callers().signIn(DISTRICT);
        assertEquals(imported, dashboard().district(year), "the rebuild's figures equal the facts'");
    }

    @Test
    default void aSchoolSeesItsOwnFiguresWithTheDistrictAverageAndNobodyElseSeesAny() {
        int year = AcademicYear.of(LocalDate.now(RUDNY)).startYear();
        long school = db().number("SELECT SCHOOL_ID FROM ACCOUNT WHERE USERNAME = ?", SCHOOL);
        callers().signIn(DISTRICT);
        DistrictFigures district = dashboard().district(year);
        callers().signIn(SCHOOL);
        OwnFigures own = dashboard().mine(year);
        assertEquals(district.lines().size(), own.lines().size());
        for (int i = 0; i < own.lines().size(); i++) {
            OwnFigures.Line line = own.lines().get(i);
            FigureLine d = district.lines().get(i);
            assertEquals(d.indicator(), line.indicator());
            assertEquals(value(district, d.indicator(), d.key(), school), line.value(), d.indicator() + "/" + d.key());
            assertEquals(d.average(), line.districtAverage(), 0.0001, d.indicator() + "/" + d.key());
        }
        assertThrows(AccessDeniedException.class, () -> dashboard().district(year), "never the other schools");
        assertThrows(AccessDeniedException.class, () -> dashboard().rebuild(year));
        for (String who : List.of("s7.teacher", "g3.t01")) {
            callers().signIn(who);
            assertThrows(AccessDeniedException.class, () -> dashboard().mine(year), who);
            assertThrows(AccessDeniedException.class, () -> dashboard().district(year), who);
        }
        callers().signIn(DISTRICT);
        assertThrows(AccessDeniedException.class, () -> dashboard().rebuild(year), "the administrator's only");
    }

    /** The teachers' splits, each over the same people as the categories. */
    List<Indicator> SPLITS = List.of(Indicator.TEACHERS_BY_EDUCATION, Indicator.TEACHERS_BY_EXPERIENCE,
            Indicator.TEACHERS_BY_AGE);

    /** The school methodologist changes a colleague's birth date and education through the staff boundary. */
    private void changeStaffRecord(long staffId, LocalDate birthDate, EducationLevel education) {
        StaffMemberForm form = staff().form(staffId);
        form.setBirthDate(birthDate);
        form.setEducation(education);
        staff().update(staffId, form);
    }

    /** A school's figures of an indicator over all its keys. */
    private static long sum(DistrictFigures table, Indicator indicator, long school) {
        int column = table.schools().indexOf(table.schools().stream().filter(s -> s.id() == school).findFirst()
                .orElseThrow());
        return table.lines().stream().filter(l -> l.indicator() == indicator).mapToLong(l -> l.values().get(column)).sum();
    }

    private static long total(DistrictFigures table, Indicator indicator, String key) {
        return table.lines().stream().filter(l -> l.indicator() == indicator && l.key().equals(key))
                .mapToLong(FigureLine::total).sum();
    }

    private static long value(DistrictFigures table, Indicator indicator, String key, long school) {
        int column = table.schools().indexOf(table.schools().stream().filter(s -> s.id() == school).findFirst()
                .orElseThrow());
        return table.lines().stream().filter(l -> l.indicator() == indicator && l.key().equals(key))
                .mapToLong(l -> l.values().get(column)).sum();
    }

    private static List<Long> column(DistrictFigures table, long school) {
        int column = table.schools().indexOf(table.schools().stream().filter(s -> s.id() == school).findFirst()
                .orElseThrow());
        return table.lines().stream().map(l -> l.values().get(column)).toList();
    }
}
