package kz.rudny.cabinet.domain.platform.control;

import static kz.rudny.cabinet.domain.people.boundary.EducationLevel.HIGHER_OTHER;
import static kz.rudny.cabinet.domain.people.boundary.EducationLevel.HIGHER_PEDAGOGICAL;
import static kz.rudny.cabinet.domain.people.boundary.EducationLevel.POSTGRADUATE;
import static kz.rudny.cabinet.domain.people.boundary.EducationLevel.VOCATIONAL_OTHER;
import static kz.rudny.cabinet.domain.people.boundary.EducationLevel.VOCATIONAL_PEDAGOGICAL;

import java.time.LocalDate;
import java.util.Map;
import kz.rudny.cabinet.domain.people.boundary.EducationLevel;
import kz.rudny.cabinet.domain.people.entity.StaffMember;

/**
 * The demo staff's education and birth dates, so that the department's tables by education and age have something
 * to show, and differently in each school: the gymnasium has master's degrees and no one near 60, №12 the oldest staff
 * (one teacher of 60) and one old record without either ("t07"), №7 a mix with colleges. A birth date is given as the
 * age at which the person started teaching (so the young specialists stay in their twenties every year) and a day.
 */
final class DemoBackgrounds {

    /** Education, the age when they started teaching, the birthday (month, day). */
    private record Background(EducationLevel education, int ageAtStart, int month, int day) {
    }

    private static final Map<String, Background> BY_USERNAME = Map.ofEntries(
            Map.entry("g3.methodologist", new Background(POSTGRADUATE, 23, 4, 12)),
            Map.entry("g3.head", new Background(HIGHER_PEDAGOGICAL, 22, 9, 3)),
            Map.entry("g3.mentor", new Background(HIGHER_PEDAGOGICAL, 24, 1, 27)),
            Map.entry("g3.teacher", new Background(POSTGRADUATE, 23, 6, 8)),
            Map.entry("g3.young", new Background(HIGHER_PEDAGOGICAL, 22, 2, 15)),
            Map.entry("g3.young2", new Background(POSTGRADUATE, 24, 11, 21)),
            Map.entry("g3.t01", new Background(VOCATIONAL_PEDAGOGICAL, 19, 7, 30)),
            Map.entry("g3.t02", new Background(HIGHER_PEDAGOGICAL, 22, 12, 5)),
            Map.entry("g3.t03", new Background(HIGHER_OTHER, 26, 3, 18)),
            Map.entry("g3.t04", new Background(HIGHER_PEDAGOGICAL, 23, 10, 9)),
            Map.entry("g3.t05", new Background(VOCATIONAL_PEDAGOGICAL, 20, 5, 1)),
            Map.entry("g3.t06", new Background(HIGHER_PEDAGOGICAL, 27, 8, 14)),
            Map.entry("g3.t07", new Background(HIGHER_PEDAGOGICAL, 22, 1, 6)),
            Map.entry("s12.methodologist", new Background(HIGHER_PEDAGOGICAL, 22, 2, 2)),
            Map.entry("s12.head", new Background(HIGHER_PEDAGOGICAL, 23, 10, 17)),
            Map.entry("s12.mentor", new Background(HIGHER_OTHER, 28, 6, 24)),
            Map.entry("s12.teacher", new Background(HIGHER_OTHER, 25, 8, 29)),
            Map.entry("s12.young", new Background(VOCATIONAL_PEDAGOGICAL, 20, 5, 17)),
            Map.entry("s12.young2", new Background(HIGHER_PEDAGOGICAL, 23, 12, 11)),
            Map.entry("s12.t01", new Background(VOCATIONAL_PEDAGOGICAL, 27, 3, 8)),
            Map.entry("s12.t02", new Background(HIGHER_PEDAGOGICAL, 24, 7, 19)),
            Map.entry("s12.t03", new Background(HIGHER_OTHER, 22, 4, 25)),
            Map.entry("s12.t04", new Background(HIGHER_PEDAGOGICAL, 22, 9, 30)),
            Map.entry("s12.t05", new Background(VOCATIONAL_OTHER, 21, 11, 4)),
            Map.entry("s12.t06", new Background(HIGHER_PEDAGOGICAL, 30, 12, 10)),
            Map.entry("s7.methodologist", new Background(HIGHER_PEDAGOGICAL, 22, 3, 22)),
            Map.entry("s7.head", new Background(POSTGRADUATE, 24, 8, 7)),
            Map.entry("s7.mentor", new Background(HIGHER_PEDAGOGICAL, 25, 10, 1)),
            Map.entry("s7.teacher", new Background(HIGHER_PEDAGOGICAL, 22, 6, 16)),
            Map.entry("s7.young", new Background(HIGHER_PEDAGOGICAL, 21, 1, 13)),
            Map.entry("s7.young2", new Background(HIGHER_OTHER, 27, 9, 9)),
            Map.entry("s7.t01", new Background(VOCATIONAL_PEDAGOGICAL, 20, 11, 28)),
            Map.entry("s7.t02", new Background(VOCATIONAL_PEDAGOGICAL, 19, 2, 20)),
            Map.entry("s7.t03", new Background(HIGHER_OTHER, 32, 7, 3)),
            Map.entry("s7.t04", new Background(POSTGRADUATE, 25, 5, 26)),
            Map.entry("s7.t05", new Background(HIGHER_PEDAGOGICAL, 22, 4, 4)),
            Map.entry("s7.t06", new Background(VOCATIONAL_OTHER, 24, 12, 19)),
            Map.entry("s7.t07", new Background(HIGHER_PEDAGOGICAL, 38, 1, 5)));

    private DemoBackgrounds() {
    }

    /** Gives the demo person's staff record its education and birth date; a person not listed keeps neither. */
    static void give(String username, int careerStart, StaffMember member) {
        Background b = BY_USERNAME.get(username);
        if (b != null) {
            member.setEducation(b.education());
            member.setBirthDate(LocalDate.of(careerStart - b.ageAtStart(), b.month(), b.day()));
        }
    }
}
