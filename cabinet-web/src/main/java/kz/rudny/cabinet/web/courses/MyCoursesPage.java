package kz.rudny.cabinet.web.courses;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import kz.rudny.cabinet.mentoring.courses.boundary.CourseDue;
import kz.rudny.cabinet.mentoring.courses.boundary.CourseForm;
import kz.rudny.cabinet.mentoring.courses.boundary.CourseKind;
import kz.rudny.cabinet.mentoring.courses.boundary.CourseView;
import kz.rudny.cabinet.mentoring.courses.boundary.Courses;
import kz.rudny.cabinet.web.support.FacesForms;
import kz.rudny.cabinet.web.support.Uploads;

/**
 * "My courses": the caller's standing with the course rule and their courses; they record a course (the
 * certificate's scan optional), and for a course not yet confirmed change it, attach or replace its scan, or remove it.
 */
@Named
@ViewScoped
public class MyCoursesPage implements Serializable {

    @Inject
    Courses courses;

    private List<CourseView> list;
    private CourseDue due;
    private CourseView lastConfirmed;
    private int periodYears;
    private CourseForm form;
    private CourseView attaching;
    private CourseView editing;
    private transient Part certificate;
    private transient Part scan;

    public void load() {
        if (list == null) {
            read();
            form = new CourseForm();
        }
    }

    private void read() {
        list = courses.mine();
        due = courses.myDue();
        lastConfirmed = list.stream().filter(CourseView::confirmed).max(Comparator.comparing(CourseView::endsOn))
                .orElse(null);
        periodYears = courses.periodYears();
    }

    /**
     * Records the course with the scan when one was chosen, or saves the changes of the course being changed (its
     * scan is replaced apart); a refusal is shown by the fields.
     */
    public void record() throws IOException {
        if (editing != null) {
            if (FacesForms.submit("recording", () -> courses.change(editing.id(), editing.version(), form))) {
                FacesForms.info("courses.changed");
                editing = null;
                form = new CourseForm();
                read();
            }
        } else if (Uploads.submit("recording", certificate, file -> courses.record(form, file))) {
            FacesForms.info("courses.recorded");
            form = new CourseForm();
            read();
        }
    }

    /** Fills the form with a course not yet confirmed, to change it. */
    public void edit(CourseView course) {
        editing = course;
        attaching = null;
        form = new CourseForm();
        form.setTitle(course.title());
        form.setProvider(course.provider());
        form.setKind(course.kind());
        form.setHours(course.hours());
        form.setStartsOn(course.startsOn());
        form.setEndsOn(course.endsOn());
        form.setCertificateNumber(course.certificateNumber());
    }

    public void cancelEdit() {
        editing = null;
        form = new CourseForm();
    }

    public CourseView getEditing() {
        return editing;
    }

    /** Opens the form that attaches (or replaces) the scan of the course. */
    public void choose(CourseView course) {
        attaching = course;
    }

    public void cancel() {
        attaching = null;
    }

    public void attach() throws IOException {
        if (Uploads.submitRequired("attaching", scan,
                file -> courses.attach(attaching.id(), attaching.version(), file))) {
            FacesForms.info("courses.attached");
            attaching = null;
            read();
        }
    }

    public void remove(CourseView course) {
        if (FacesForms.submit("myCourses", () -> courses.remove(course.id(), course.version()))) {
            FacesForms.info("courses.removed");
            attaching = null;
            if (editing != null && editing.id() == course.id()) {
                cancelEdit();
            }
            read();
        }
    }

    public CourseKind[] getKinds() {
        return CourseKind.values();
    }

    public List<CourseView> getList() {
        return list;
    }

    public CourseDue getDue() {
        return due;
    }

    /** The confirmed course the rule counts from (the latest to end), or null. */
    public CourseView getLastConfirmed() {
        return lastConfirmed;
    }

    public int getPeriodYears() {
        return periodYears;
    }

    public CourseForm getForm() {
        return form;
    }

    public CourseView getAttaching() {
        return attaching;
    }

    public Part getCertificate() {
        return certificate;
    }

    public void setCertificate(Part certificate) {
        this.certificate = certificate;
    }

    public Part getScan() {
        return scan;
    }

    public void setScan(Part scan) {
        this.scan = scan;
    }
}
