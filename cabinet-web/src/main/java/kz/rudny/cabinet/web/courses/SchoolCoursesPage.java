package kz.rudny.cabinet.web.courses;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import kz.rudny.cabinet.mentoring.courses.boundary.CourseDue;
import kz.rudny.cabinet.mentoring.courses.boundary.CourseView;
import kz.rudny.cabinet.mentoring.courses.boundary.Courses;
import kz.rudny.cabinet.mentoring.courses.boundary.DueState;
import kz.rudny.cabinet.web.support.FacesForms;

/**
 * "Courses of the school", the methodologist's: the school's teachers by where they stand with the course rule
 * (the overdue first), and the courses recorded in the school, those awaiting confirmation first, confirmed here
 * once their scan is attached.
 */
@Named
@ViewScoped
public class SchoolCoursesPage implements Serializable {

    @Inject
    Courses courses;

    private List<DueSection> sections;
    private List<CourseView> list;
    private int periodYears;

    /** The teachers in one state of the rule. */
    public record DueSection(DueState state, List<CourseDue> teachers) implements Serializable {
    }

    public void load() {
        if (list == null) {
            read();
        }
    }

    private void read() {
        List<CourseDue> schedule = courses.schedule();
        sections = Arrays.stream(DueState.values())
                .map(s -> new DueSection(s, schedule.stream().filter(d -> d.state() == s).toList()))
                .filter(s -> !s.teachers().isEmpty()).toList();
        list = courses.ofSchool();
        periodYears = courses.periodYears();
    }

    public void confirm(CourseView course) {
        if (FacesForms.submit("schoolCourses", () -> courses.confirm(course.id(), course.version()))) {
            FacesForms.info("courses.confirmedDone", course.title(), course.teacherName());
            read();
        }
    }

    public List<DueSection> getSections() {
        return sections;
    }

    public List<CourseView> getList() {
        return list;
    }

    public int getPeriodYears() {
        return periodYears;
    }
}
