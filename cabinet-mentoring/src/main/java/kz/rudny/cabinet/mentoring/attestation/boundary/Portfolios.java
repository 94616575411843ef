package kz.rudny.cabinet.mentoring.attestation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.files.boundary.Download;
import kz.rudny.cabinet.domain.files.boundary.FileKind;
import kz.rudny.cabinet.domain.files.boundary.IncomingFile;
import kz.rudny.cabinet.domain.files.boundary.StoredFiles;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.people.boundary.Profile;
import kz.rudny.cabinet.domain.people.boundary.StaffCard;
import kz.rudny.cabinet.domain.people.boundary.TeachingRecord;
import kz.rudny.cabinet.domain.people.boundary.TeacherWorks;
import kz.rudny.cabinet.domain.people.boundary.TeachingRecords;
import kz.rudny.cabinet.domain.people.boundary.WorkItem;
import kz.rudny.cabinet.domain.people.boundary.WorkKind;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.mentoring.attestation.control.AttestationRecords;
import kz.rudny.cabinet.mentoring.attestation.control.AttestationSettings;
import kz.rudny.cabinet.mentoring.attestation.control.PortfolioPdf;
import kz.rudny.cabinet.mentoring.attestation.control.Readiness;
import kz.rudny.cabinet.mentoring.attestation.entity.CategoryRule;
import kz.rudny.cabinet.mentoring.attestation.entity.Evidence;
import kz.rudny.cabinet.mentoring.courses.boundary.CourseView;
import kz.rudny.cabinet.mentoring.courses.boundary.Courses;

/**
 * A teacher's attestation portfolio: achievements by kind and level with their files; a course is one of the
 * teacher's confirmed course records, a publication may name one of the teacher's materials the library published and
 * an open lesson or master class one of the events they gave (as the cabinet recorded them, within the attestation
 * period), a pupil's result names the pupil and the place, the test its percentage. The
 * readiness checklist measures the portfolio against the district's requirements for the target category. The
 * teacher keeps it; the school methodologist reads it; nobody else. Printable as PDF in Kazakh or Russian for the
 * attestation commission. Refusals name the field and change nothing.
 */
@ApplicationScoped
@Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
@Transactional
public class Portfolios {

    public static final int MAX_TITLE = 500;
    public static final int MAX_NAME = 200;
    private static final EnumSet<FileKind> SCANS = EnumSet.of(FileKind.PDF, FileKind.PNG, FileKind.JPEG,
            FileKind.DOCX);

    @Inject
    AttestationRecords records;

    @Inject
    Attestations attestations;

    @Inject
    Courses courses;

    @Inject
    StoredFiles files;

    @Inject
    TeachingRecords teaching;

    @Inject
    Profile profile;

    @Inject
    CurrentCaller caller;

    @Inject
    Settings settings;

    @Inject
    TeacherWorks works;

    @Inject
    AttestationSettings attestationSettings;

    /** The caller's portfolio, by section. */
    public List<EvidenceView> mine() {
        return records.evidence(me().staffId()).stream().map(AttestationRecords::view).toList();
    }

    /** A colleague's portfolio, for the school methodologist. */
    @Allowed(Role.SCHOOL_METHODOLOGIST)
    public List<EvidenceView> of(long staffId) {
        colleague(staffId);
        return records.evidence(staffId).stream().map(AttestationRecords::view).toList();
    }

    /** Adds a piece of evidence to the caller's portfolio, with its file when given; answers its id. */
    public long add(@NotNull EvidenceForm form, IncomingFile file) {
        StaffCard me = me();
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (form.getKind() == null) {
            problems.add(new InvalidInputException.Problem("kind", "field.required"));
        }
        if (form.getLevel() == null) {
            problems.add(new InvalidInputException.Problem("level", "field.required"));
        }
        if (form.getTitle() == null) {
            problems.add(new InvalidInputException.Problem("title", "field.required"));
        } else if (form.getTitle().length() > MAX_TITLE) {
            problems.add(new InvalidInputException.Problem("title", "mentoring.tooLong", MAX_TITLE));
        }
        if (form.getAchievedOn() == null) {
            problems.add(new InvalidInputException.Problem("achievedOn", "field.required"));
        } else if (form.getAchievedOn().isAfter(today())) {
            problems.add(new InvalidInputException.Problem("achievedOn", "attestation.inFuture"));
        }
        EvidenceLink linkKind = form.getLinkKind();
        Long linkRef = form.getLinkRef();
        if (form.getKind() == EvidenceKind.PUPIL_RESULT) {
            if (form.getPupilName() == null) {
                problems.add(new InvalidInputException.Problem("pupilName", "field.required"));
            } else if (form.getPupilName().length() > MAX_NAME) {
                problems.add(new InvalidInputException.Problem("pupilName", "mentoring.tooLong", MAX_NAME));
            }
            if (form.getPlace() == null) {
                problems.add(new InvalidInputException.Problem("place", "field.required"));
            } else if (form.getPlace() < 1 || form.getPlace() > 3) {
                problems.add(new InvalidInputException.Problem("place", "attestation.placeRange"));
            }
        }
        if (form.getKind() == EvidenceKind.TEST_RESULT) {
            if (form.getTestPercent() == null) {
                problems.add(new InvalidInputException.Problem("testPercent", "field.required"));
            } else if (form.getTestPercent() < 0 || form.getTestPercent() > 100) {
                problems.add(new InvalidInputException.Problem("testPercent", "attestation.percentRange"));
            }
        }
        if (form.getKind() == EvidenceKind.COURSE) {
            linkKind = EvidenceLink.COURSE;
            linkRef = form.getCourseId();
            if (form.getCourseId() == null) {
                problems.add(new InvalidInputException.Problem("courseId", "field.required"));
            } else if (courses.mine().stream().noneMatch(c -> c.id() == form.getCourseId() && c.confirmed())) {
                problems.add(new InvalidInputException.Problem("courseId", "attestation.courseNotConfirmed"));
            }
        } else if (form.getKind() == EvidenceKind.PUBLICATION || form.getKind() == EvidenceKind.OPEN_LESSON) {
            linkKind = form.getKind() == EvidenceKind.PUBLICATION ? EvidenceLink.MATERIAL : EvidenceLink.EVENT;
            Long ref = linkRef;
            if (ref != null && workChoices(form.getKind()).stream().noneMatch(i -> i.ref() == ref)) {
                problems.add(new InvalidInputException.Problem("linkRef", "attestation.linkUnknown"));
            }
        } else {
            linkKind = null;
            linkRef = null;
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean pupil = form.getKind() == EvidenceKind.PUPIL_RESULT;
        Evidence e = new Evidence(me.staffId(), new Evidence.Facts(form.getKind(), form.getLevel(), form.getTitle(),
                form.getAchievedOn(), pupil ? form.getPupilName() : null, pupil ? form.getPlace() : null,
                form.getKind() == EvidenceKind.TEST_RESULT ? form.getTestPercent() : null,
                linkRef == null ? null : linkKind, linkKind == null ? null : linkRef),
                LocalDateTime.now(ZoneOffset.UTC));
        if (file != null) {
            e.file(files.accept(file, SCANS));
        }
        records.data().persist(e);
        records.data().flush();
        return e.getId();
    }

    /** Removes a piece of the caller's portfolio, with its file. */
    public void remove(long evidenceId) {
        Evidence e = own(evidenceId);
        if (e.getFileStoredName() != null) {
            files.deleteWhenCommitted(e.getFileStoredName());
        }
        records.data().remove(e);
        records.data().flush();
    }

    /** A piece's file, for the teacher and the school methodologist. */
    public Download file(long evidenceId) {
        Evidence e = records.evidenceItem(evidenceId);
        if (!mayRead(e.getStaffId()) || e.getFileStoredName() == null) {
            throw new NotFoundException(AttestationRecords.EVIDENCE, evidenceId);
        }
        return files.download(e.getFileStoredName(), e.getFileName(), e.getFileKind(), e.getFileSize());
    }

    /**
     * What of the caller's work the cabinet recorded that a piece of this kind may name, newest first: for a
     * publication, their materials published in the school; for an open lesson or master class, the events they
     * gave; both within the attestation period. Nothing for the other kinds.
     */
    public List<WorkItem> workChoices(@NotNull EvidenceKind kind) {
        StaffCard me = me();
        if (kind != EvidenceKind.PUBLICATION && kind != EvidenceKind.OPEN_LESSON) {
            return List.of();
        }
        LocalDate today = today();
        return works.items(me.staffId(), caller.accountId(), today.minusYears(attestationSettings.periodYears()),
                today).stream().filter(i -> kind == EvidenceKind.PUBLICATION ? i.kind() == WorkKind.MATERIAL_PUBLISHED
                        : i.kind() == WorkKind.EVENT_PRESENTED || i.kind() == WorkKind.OPEN_LESSON_GIVEN).toList();
    }

    /** The caller's confirmed courses, to link as evidence. */
    public List<CourseView> confirmedCourses() {
        return courses.mine().stream().filter(CourseView::confirmed).toList();
    }

    /** The caller's readiness checklist for their target category (null when no target is set). */
    public Checklist checklist() {
        StaffCard me = me();
        AttestationView a = attestations.mine();
        return a.targetCategory() == null ? null : checklist(me.staffId(), a);
    }

    /** A colleague's readiness checklist for their target, for the school methodologist (null when no target). */
    @Allowed(Role.SCHOOL_METHODOLOGIST)
    public Checklist checklistOf(long staffId) {
        AttestationView a = attestations.of(staffId);
        return a.targetCategory() == null ? null : checklist(staffId, a);
    }

    /** The caller's portfolio as PDF for the attestation commission. */
    public byte[] pdf(@NotNull Language language) {
        StaffCard me = me();
        return PortfolioPdf.write(me, attestations.mine(), checklist(), mine(), language);
    }

    /** A colleague's portfolio as PDF, for the school methodologist. */
    @Allowed(Role.SCHOOL_METHODOLOGIST)
    public byte[] pdfOf(long staffId, @NotNull Language language) {
        TeachingRecord r = colleague(staffId);
        return PortfolioPdf.write(r.card(), attestations.of(staffId), checklistOf(staffId), of(staffId), language);
    }

    private Checklist checklist(long staffId, AttestationView a) {
        CategoryRule rule = records.rules().stream().filter(r -> r.getCategory() == a.targetCategory()).findFirst()
                .orElse(null);
        LocalDate since = teaching.of(staffId, today()).map(TeachingRecord::teachingSince).orElse(null);
        int years = since == null ? 0 : Math.max(0, Period.between(since, today()).getYears());
        return Readiness.of(a.targetCategory(), records.requirements(), rule == null ? 0 : rule.getTestThreshold(),
                rule == null ? 0 : rule.getMinYears(), records.evidence(staffId).stream().map(AttestationRecords::view)
                        .toList(), years);
    }

    private Evidence own(long evidenceId) {
        Evidence e = records.evidenceItem(evidenceId);
        if (e.getStaffId() != me().staffId()) {
            throw new NotFoundException(AttestationRecords.EVIDENCE, evidenceId);
        }
        return e;
    }

    private boolean mayRead(long staffId) {
        return caller.has(Role.SCHOOL_METHODOLOGIST)
                || profile.staffCard().map(c -> c.staffId() == staffId).orElse(false);
    }

    private TeachingRecord colleague(long staffId) {
        return teaching.of(staffId, today()).orElseThrow(() -> new NotFoundException("StaffMember", staffId));
    }

    private StaffCard me() {
        return profile.staffCard().orElseThrow(() -> new InvalidInputException("attestation", "mentoring.notStaff"));
    }

    private LocalDate today() {
        return LocalDate.now(settings.timeZone());
    }
}
