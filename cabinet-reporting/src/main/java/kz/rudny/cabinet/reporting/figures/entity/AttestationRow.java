package kz.rudny.cabinet.reporting.figures.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import kz.rudny.cabinet.domain.figures.boundary.ScheduledAttestation;
import kz.rudny.cabinet.domain.people.boundary.QualificationCategory;

/**
 * DISTRICT-LEVEL (reviewed): a teacher on a school's attestation schedule of an academic year, with only what the
 * department's schedule shows (name, position, category, due day, category aimed at), as mentoring listed it inside
 * the school's tenant filter. Read by the district's people, and by a school's methodologist for the own school only.
 */
@Entity
@Table(name = "REPORT_ATTESTATION")
public class AttestationRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "SCHOOL_ID", nullable = false)
    private long schoolId;

    @Column(name = "ACADEMIC_YEAR", nullable = false)
    private int academicYear;

    @Column(name = "LINE_NO", nullable = false)
    private int line;

    @Column(name = "TEACHER_NAME", nullable = false, length = 200)
    private String teacher;

    @Column(name = "JOB_TITLE", length = 200)
    private String jobTitle;

    @Enumerated(EnumType.STRING)
    @Column(name = "CATEGORY", length = 20)
    private QualificationCategory category;

    @Column(name = "DUE_ON", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "TARGET_CATEGORY", length = 20)
    private QualificationCategory target;

    @Column(name = "OVERDUE", nullable = false)
    private boolean overdue;

    @Column(name = "COUNTED_AT", nullable = false)
    private LocalDateTime countedAt;

    protected AttestationRow() {
    }

    public AttestationRow(long schoolId, int academicYear, int line, ScheduledAttestation a, LocalDateTime countedAt) {
        this.schoolId = schoolId;
        this.academicYear = academicYear;
        this.line = line;
        this.teacher = a.teacher();
        this.jobTitle = a.jobTitle();
        this.category = a.category();
        this.dueOn = a.dueOn();
        this.target = a.target();
        this.overdue = a.overdue();
        this.countedAt = countedAt;
    }

    public long getSchoolId() {
        return schoolId;
    }

    /** The teacher as the module listed them. */
    public ScheduledAttestation attestation() {
        return new ScheduledAttestation(teacher, jobTitle, category, dueOn, target, overdue);
    }
}
