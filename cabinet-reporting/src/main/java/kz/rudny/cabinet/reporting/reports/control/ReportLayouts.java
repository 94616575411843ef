package kz.rudny.cabinet.reporting.reports.control;

import java.util.List;
import kz.rudny.cabinet.domain.figures.boundary.Indicator;
import kz.rudny.cabinet.reporting.reports.boundary.DepartmentReport;

/**
 * THE place that says which indicators each department report shows, section by section, and in which columns: a
 * new indicator of the read model reaches a report by a line here (and its texts in {@code department-reports*}).
 * A split indicator's columns are the keys the read model holds for the year, whatever they are.
 */
public final class ReportLayouts {

    private ReportLayouts() {
    }

    /** The sections of the report, in order. */
    public static List<SectionLayout> of(DepartmentReport report) {
        return switch (report) {
            case TEACHER_COMPOSITION -> List.of(
                    new SectionLayout("section.categories", List.of(new Column.Split(Indicator.TEACHERS_BY_CATEGORY))),
                    new SectionLayout("section.education", List.of(new Column.Split(Indicator.TEACHERS_BY_EDUCATION))),
                    new SectionLayout("section.experience",
                            List.of(new Column.Split(Indicator.TEACHERS_BY_EXPERIENCE))),
                    new SectionLayout("section.age", List.of(new Column.Split(Indicator.TEACHERS_BY_AGE))));
            case COURSE_COVERAGE -> List.of(new SectionLayout("section.courses", List.of(
                    new Column.Count("col.teachers", List.of(Indicator.TEACHERS_BY_CATEGORY)),
                    new Column.Count("col.courseCovered", List.of(Indicator.COURSE_COVERED)),
                    new Column.Share("col.courseShare", Indicator.COURSE_COVERED,
                            List.of(Indicator.TEACHERS_BY_CATEGORY)),
                    new Column.Count("col.courseOverdue", List.of(Indicator.COURSE_OVERDUE)))));
            case MENTORING_COVERAGE -> List.of(new SectionLayout("section.mentoring", List.of(
                    new Column.Count("col.young", List.of(Indicator.YOUNG_WITH_MENTOR, Indicator.YOUNG_WITHOUT_MENTOR)),
                    new Column.Count("col.youngWithMentor", List.of(Indicator.YOUNG_WITH_MENTOR)),
                    new Column.Count("col.youngWithoutMentor", List.of(Indicator.YOUNG_WITHOUT_MENTOR)),
                    new Column.Share("col.mentoringShare", Indicator.YOUNG_WITH_MENTOR,
                            List.of(Indicator.YOUNG_WITH_MENTOR, Indicator.YOUNG_WITHOUT_MENTOR)),
                    new Column.Count("col.mentorReports", List.of(Indicator.MENTOR_REPORTS_SIGNED)))));
            case METHODICAL_WORK -> List.of(
                    new SectionLayout("section.meetings", List.of(
                            new Column.Count("col.meetingsPlanned", List.of(Indicator.MEETINGS_PLANNED)),
                            new Column.Count("col.meetingsHeld", List.of(Indicator.MEETINGS_HELD)),
                            new Column.Share("col.meetingsShare", Indicator.MEETINGS_HELD,
                                    List.of(Indicator.MEETINGS_PLANNED)))),
                    new SectionLayout("section.plan", List.of(
                            new Column.Count("col.planDue", List.of(Indicator.PLAN_ITEMS_DUE)),
                            new Column.Count("col.planHeld", List.of(Indicator.PLAN_ITEMS_HELD)),
                            new Column.Share("col.planShare", Indicator.PLAN_ITEMS_HELD,
                                    List.of(Indicator.PLAN_ITEMS_DUE)))),
                    new SectionLayout("section.events", List.of(new Column.Split(Indicator.EVENTS_HELD))),
                    new SectionLayout("section.levels", List.of(new Column.Split(Indicator.EVENTS_BY_LEVEL))),
                    new SectionLayout("section.sharing", List.of(
                            new Column.Count("col.openLessons", List.of(Indicator.OPEN_LESSONS)),
                            new Column.Count("col.materialsPublished", List.of(Indicator.MATERIALS_PUBLISHED)),
                            new Column.Count("col.materialsShared", List.of(Indicator.MATERIALS_SHARED)),
                            new Column.Count("col.materialsFeatured", List.of(Indicator.MATERIALS_FEATURED)))));
            case ATTESTATION_SCHEDULE -> List.of(new SectionLayout("section.attestation", List.of(
                    new Column.Count("col.teachers", List.of(Indicator.TEACHERS_BY_CATEGORY)),
                    new Column.Count("col.attestationDue", List.of(Indicator.ATTESTATION_DUE)),
                    new Column.Count("col.attestationOverdue", List.of(Indicator.ATTESTATION_OVERDUE)))));
        };
    }

    /** Whether the report lists the teachers on the attestation schedule by name after its tables. */
    public static boolean listsTheAttestationSchedule(DepartmentReport report) {
        return report == DepartmentReport.ATTESTATION_SCHEDULE;
    }

    /** A table of a report: its caption (a text key) and its columns after the school's. */
    public record SectionLayout(String caption, List<Column> columns) {
    }

    /** What a column (or, for a split indicator, a group of columns) of a section shows. */
    public sealed interface Column {

        /** The sum of the indicators' values over all their keys. */
        record Count(String heading, List<Indicator> indicators) implements Column {
        }

        /** One column per key the read model holds for the indicator, then their sum. */
        record Split(Indicator indicator) implements Column {
        }

        /** The part's count in percent of the whole's (the sum of the whole's indicators), one decimal. */
        record Share(String heading, Indicator part, List<Indicator> whole) implements Column {
        }
    }
}
