package kz.rudny.cabinet.mentoring.courses.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import kz.rudny.cabinet.domain.audit.boundary.AuditTrail;
import kz.rudny.cabinet.domain.audit.boundary.Changes;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.calendar.PaperDates;
import kz.rudny.cabinet.domain.errors.ChangedSinceOpenedException;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.figures.boundary.SchoolFiguresChanged;
import kz.rudny.cabinet.domain.files.boundary.Download;
import kz.rudny.cabinet.domain.files.boundary.FileKind;
import kz.rudny.cabinet.domain.files.boundary.IncomingFile;
import kz.rudny.cabinet.domain.files.boundary.StoredFile;
import kz.rudny.cabinet.domain.files.boundary.StoredFiles;
import kz.rudny.cabinet.domain.notifications.boundary.Notice;
import kz.rudny.cabinet.domain.notifications.boundary.Notifications;
import kz.rudny.cabinet.domain.people.boundary.Profile;
import kz.rudny.cabinet.domain.people.boundary.Staff;
import kz.rudny.cabinet.domain.people.boundary.StaffCard;
import kz.rudny.cabinet.domain.people.boundary.TeachingRecord;
import kz.rudny.cabinet.domain.people.boundary.TeachingRecords;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.mentoring.audit.boundary.MentoringAction;
import kz.rudny.cabinet.mentoring.audit.boundary.MentoringField;
import kz.rudny.cabinet.mentoring.courses.control.CourseRecords;
import kz.rudny.cabinet.mentoring.courses.control.CourseRule;
import kz.rudny.cabinet.mentoring.courses.control.CourseSettings;
import kz.rudny.cabinet.mentoring.courses.entity.Course;

/**
 * Courses of continuous professional development. A teacher records the courses they took (provider, title, kind,
 * hours, dates, certificate number and its scan: PDF or an image) and may change or remove them until the school
 * methodologist confirms them; a confirmed course is locked, and a confirmed Cambridge-programme course gives the staff
 * record its Cambridge mark. The course rule (at least once in a number of years, a setting): each teacher sees their
 * own due day, the methodologist the school's list of who is overdue and who falls due this academic year. A teacher's
 * courses and certificates are theirs and the methodologist's only. Refusals name the field and change nothing.
 */
@ApplicationScoped
@Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
@Transactional
public class Courses {

    public static final int MAX_PROVIDER = 300;
    public static final int MAX_TITLE = 500;
    public static final int MAX_NUMBER = 60;
    public static final int MAX_HOURS = 2000;
    private static final EnumSet<FileKind> CERTIFICATE = EnumSet.of(FileKind.PDF, FileKind.PNG, FileKind.JPEG);

    @Inject
    CourseRecords records;

    @Inject
    Event<SchoolFiguresChanged> facts;

    @Inject
    CourseSettings rule;

    @Inject
    StoredFiles files;

    @Inject
    Profile profile;

    @Inject
    Staff staff;

    @Inject
    TeachingRecords teaching;

    @Inject
    CurrentCaller caller;

    @Inject
    Notifications notifications;

    @Inject
    Settings settings;

    @Inject
    AuditTrail audit;

    /** The caller's own courses, the latest first. */
    public List<CourseView> mine() {
        return records.ofStaff(me().staffId()).stream().map(this::view).toList();
    }

    /** Records a course the caller took, with the certificate's scan when given; answers its id. */
    public long record(@NotNull CourseForm form, IncomingFile certificate) {
        StaffCard me = me();
        check(form);
        Course c = new Course(me.staffId(), caller.accountId(), me.fullName(), LocalDateTime.now(ZoneOffset.UTC));
        c.describe(details(form));
        if (certificate != null) {
            c.certificate(files.accept(certificate, CERTIFICATE));
        }
        records.data().persist(c);
        records.data().flush();
        audit.record(MentoringAction.COURSE_RECORDED, CourseRecords.RECORD, c.getId(), course(c));
        return c.getId();
    }

    /** Changes an unconfirmed course of the caller's. */
    public void change(long courseId, long version, @NotNull CourseForm form) {
        Course c = ownUnconfirmed(courseId, version);
        check(form);
        String title = c.getTitle();
        String provider = c.getProvider();
        int hours = c.getHours();
        LocalDate endsOn = c.getEndsOn();
        c.describe(details(form));
        records.data().flush();
        audit.record(MentoringAction.COURSE_CHANGED, CourseRecords.RECORD, c.getId(), Changes.describe()
                .field(MentoringField.COURSE_TITLE, title, c.getTitle())
                .field(MentoringField.COURSE_PROVIDER, provider, c.getProvider())
                .field(MentoringField.COURSE_HOURS, String.valueOf(hours), String.valueOf(c.getHours()))
                .field(MentoringField.COURSE_ENDS_ON, endsOn, c.getEndsOn()));
    }

    /** Attaches (or replaces) the certificate's scan of an unconfirmed course of the caller's. */
    public void attach(long courseId, long version, @NotNull IncomingFile certificate) {
        Course c = ownUnconfirmed(courseId, version);
        StoredFile stored = files.accept(certificate, CERTIFICATE);
        String replaced = c.certificate(stored);
        if (replaced != null) {
            files.deleteWhenCommitted(replaced);
        }
        records.data().flush();
    }

    /** Removes an unconfirmed course of the caller's, with its scan. */
    public void remove(long courseId, long version) {
        Course c = ownUnconfirmed(courseId, version);
        if (c.hasCertificate()) {
            files.deleteWhenCommitted(c.getFileStoredName());
        }
        records.data().remove(c);
        records.data().flush();
        audit.record(MentoringAction.COURSE_REMOVED, CourseRecords.RECORD, courseId, course(c));
    }

    /** The certificate's scan, for the teacher and the school methodologist. */
    public Download certificate(long courseId) {
        Course c = readable(courseId);
        if (!c.hasCertificate()) {
            throw new NotFoundException(CourseRecords.RECORD, courseId);
        }
        return files.download(c.getFileStoredName(), c.getFileName(), c.getFileKind(), c.getFileSize());
    }

    /** Every course of the school, those awaiting confirmation first. */
    @Allowed(Role.SCHOOL_METHODOLOGIST)
    public List<CourseView> ofSchool() {
        return records.all().stream().sorted(Comparator.comparing(Course::isConfirmed)).map(this::view).toList();
    }

    /**
     * The methodologist confirms a course with its certificate's scan: it is locked; a Cambridge-programme course
     * gives the teacher's staff record the Cambridge mark; the teacher is told.
     */
    @Allowed(Role.SCHOOL_METHODOLOGIST)
    public void confirm(long courseId, long version) {
        Course c = records.find(courseId);
        ChangedSinceOpenedException.check(CourseRecords.RECORD, courseId, version, c.getVersion());
        if (c.isConfirmed()) {
            throw new InvalidInputException("course", "courses.confirmed");
        }
        if (!c.hasCertificate()) {
            throw new InvalidInputException("course", "courses.noCertificate");
        }
        c.confirmed(caller.getFullName(), LocalDateTime.now(ZoneOffset.UTC));
        if (c.getKind() == CourseKind.CAMBRIDGE) {
            staff.cambridgeCourseConfirmed(c.getStaffId());
        }
        records.data().flush();
        audit.record(MentoringAction.COURSE_CONFIRMED, CourseRecords.RECORD, c.getId(), course(c));
        facts.fire(new CourseConfirmed(caller.schoolId().orElseThrow(), c.getId(), List.of(AcademicYear.of(c.getEndsOn()))));
        notifications.send(List.of(c.getAccountId()), Notice.about("notice.courses.confirmed", c.getTitle(),
                c.getEndsOn().format(PaperDates.DAY)).linkingTo("/mentoring/courses.xhtml"));
    }

    private static Changes course(Course c) {
        return Changes.describe().value(MentoringField.TEACHER, c.getTeacherName())
                .value(MentoringField.COURSE_TITLE, c.getTitle()).value(MentoringField.COURSE_PROVIDER, c.getProvider())
                .value(MentoringField.COURSE_HOURS, String.valueOf(c.getHours()))
                .value(MentoringField.COURSE_ENDS_ON, c.getEndsOn());
    }

    /** The caller's own standing with the course rule today. */
    public CourseDue myDue() {
        StaffCard me = me();
        LocalDate today = today();
        LocalDate teachingSince = teaching.of(me.staffId(), today).map(TeachingRecord::teachingSince).orElse(null);
        return due(me.staffId(), me.fullName(), me.jobTitle(), records.lastConfirmed().get(me.staffId()),
                teachingSince, today);
    }

    /** The school's active teachers and the course rule today: the overdue first, then by due day. */
    @Allowed(Role.SCHOOL_METHODOLOGIST)
    public List<CourseDue> schedule() {
        return schedule(today());
    }

    /** As {@link #schedule()} on a given day (the reminders and the tests move the clock). */
    @Allowed(Role.SCHOOL_METHODOLOGIST)
    public List<CourseDue> schedule(@NotNull LocalDate day) {
        Map<Long, LocalDate> last = records.lastConfirmed();
        List<CourseDue> list = new ArrayList<>();
        for (TeachingRecord r : teaching.onDay(day)) {
            if (r.active()) {
                list.add(due(r.card().staffId(), r.card().fullName(), r.card().jobTitle(),
                        last.get(r.card().staffId()), r.teachingSince(), day));
            }
        }
        list.sort(Comparator.comparing(CourseDue::state).thenComparing(CourseDue::dueOn,
                Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(CourseDue::fullName));
        return list;
    }

    /** The rule's period in years (a setting). */
    public int periodYears() {
        return rule.periodYears();
    }

    private CourseDue due(long staffId, String name, String jobTitle, LocalDate last, LocalDate teachingSince,
                          LocalDate day) {
        LocalDate dueOn = CourseRule.dueOn(last, teachingSince, rule.periodYears());
        return new CourseDue(staffId, name, jobTitle, last, dueOn, DueState.of(dueOn, day));
    }

    private CourseView view(Course c) {
        return new CourseView(c.getId(), c.getStaffId(), c.getTeacherName(), c.getProvider(), c.getTitle(),
                c.getKind(), c.getHours(), c.getStartsOn(), c.getEndsOn(), c.getCertificateNumber(), c.getFileName(),
                c.getConfirmedAt(), c.getConfirmedByName(), c.getAccountId() == caller.accountId(), c.getVersion());
    }

    private void check(CourseForm form) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        required(problems, "provider", form.getProvider(), MAX_PROVIDER);
        required(problems, "title", form.getTitle(), MAX_TITLE);
        if (form.getKind() == null) {
            problems.add(new InvalidInputException.Problem("kind", "field.required"));
        }
        if (form.getHours() == null) {
            problems.add(new InvalidInputException.Problem("hours", "field.required"));
        } else if (form.getHours() < 1 || form.getHours() > MAX_HOURS) {
            problems.add(new InvalidInputException.Problem("hours", "courses.hoursRange", MAX_HOURS));
        }
        if (form.getStartsOn() == null) {
            problems.add(new InvalidInputException.Problem("startsOn", "field.required"));
        }
        if (form.getEndsOn() == null) {
            problems.add(new InvalidInputException.Problem("endsOn", "field.required"));
        } else if (form.getEndsOn().isAfter(today())) {
            problems.add(new InvalidInputException.Problem("endsOn", "courses.endsInFuture"));
        } else if (form.getStartsOn() != null && form.getEndsOn().isBefore(form.getStartsOn())) {
            problems.add(new InvalidInputException.Problem("endsOn", "courses.endsBeforeStart"));
        }
        if (form.getCertificateNumber() != null && form.getCertificateNumber().length() > MAX_NUMBER) {
            problems.add(new InvalidInputException.Problem("certificateNumber", "mentoring.tooLong", MAX_NUMBER));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static Course.Details details(CourseForm f) {
        return new Course.Details(f.getProvider(), f.getTitle(), f.getKind(), f.getHours(), f.getStartsOn(),
                f.getEndsOn(), f.getCertificateNumber());
    }

    private Course ownUnconfirmed(long courseId, long version) {
        Course c = records.find(courseId);
        if (c.getAccountId() != caller.accountId()) {
            throw new NotFoundException(CourseRecords.RECORD, courseId);
        }
        ChangedSinceOpenedException.check(CourseRecords.RECORD, courseId, version, c.getVersion());
        if (c.isConfirmed()) {
            throw new InvalidInputException("course", "courses.confirmed");
        }
        return c;
    }

    private Course readable(long courseId) {
        Course c = records.find(courseId);
        if (c.getAccountId() != caller.accountId() && !caller.has(Role.SCHOOL_METHODOLOGIST)) {
            throw new NotFoundException(CourseRecords.RECORD, courseId);
        }
        return c;
    }

    private StaffCard me() {
        return profile.staffCard().orElseThrow(() -> new InvalidInputException("course", "mentoring.notStaff"));
    }

    private static void required(List<InvalidInputException.Problem> problems, String field, String value, int max) {
        if (value == null) {
            problems.add(new InvalidInputException.Problem(field, "field.required"));
        } else if (value.length() > max) {
            problems.add(new InvalidInputException.Problem(field, "mentoring.tooLong", max));
        }
    }

    private LocalDate today() {
        return LocalDate.now(settings.timeZone());
    }
}
