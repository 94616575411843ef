package kz.rudny.cabinet.domain.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.people.boundary.EducationLevel;
import kz.rudny.cabinet.domain.people.boundary.QualificationCategory;
import kz.rudny.cabinet.domain.subject.entity.Subject;
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A person's place in a school's staff: job title, subjects, when they started teaching, category, birth date and
 * education. School-scoped.
 */
@Entity
@Table(name = "STAFF_MEMBER")
@Multitenant
@TenantDiscriminatorColumn(name = SchoolScoped.COLUMN, contextProperty = SchoolScoped.TENANT_PROPERTY,
        discriminatorType = jakarta.persistence.DiscriminatorType.INTEGER)
public class StaffMember {

    /** A teacher is a young specialist in the first three academic years of teaching. */
    public static final int YOUNG_SPECIALIST_YEARS = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = SchoolScoped.COLUMN, insertable = false, updatable = false)
    private Long schoolId;

    @OneToOne(optional = false)
    @JoinColumn(name = "ACCOUNT_ID", nullable = false)
    private Account account;

    @Column(name = "JOB_TITLE", length = 200)
    private String jobTitle;

    /** The day the person started teaching (the start of their service, for young specialists and reports). */
    @Column(name = "TEACHING_SINCE")
    private LocalDate teachingSince;

    @Enumerated(EnumType.STRING)
    @Column(name = "CATEGORY", length = 20)
    private QualificationCategory category;

    /** Null when unknown (records kept before V11, imports without the column). */
    @Column(name = "BIRTH_DATE")
    private LocalDate birthDate;

    /** The highest education; null when unknown. */
    @Enumerated(EnumType.STRING)
    @Column(name = "EDUCATION", length = 30)
    private EducationLevel education;

    /**
     * The manual mark: passed the Cambridge-programme level courses BEFORE the cabinet kept courses (every mark set
     * before V10 is such a mark). A course confirmed in the cabinet sets {@link #cambridgeConfirmed} instead.
     */
    @Column(name = "CAMBRIDGE_COURSES", nullable = false)
    private boolean cambridgeCourses;

    /** A Cambridge-programme level course of this teacher was confirmed by the school methodologist. */
    @Column(name = "CAMBRIDGE_CONFIRMED", nullable = false)
    private boolean cambridgeConfirmed;

    @ManyToMany
    @BatchFetch(BatchFetchType.IN) // a page of staff loads their subjects in one query
    @JoinTable(name = "STAFF_SUBJECT", joinColumns = @JoinColumn(name = "STAFF_MEMBER_ID"),
            inverseJoinColumns = @JoinColumn(name = "SUBJECT_ID"))
    private Set<Subject> subjects = new HashSet<>();

    @Version
    @Column(name = "VERSION")
    private long version;

    protected StaffMember() {
    }

    public StaffMember(Account account) {
        this.account = account;
    }

    /** Young specialist: started teaching in this academic year or one of the two before. */
    public boolean isYoungSpecialist(LocalDate today) {
        if (teachingSince == null) {
            return false;
        }
        int yearsTeaching = AcademicYear.of(today).startYear() - AcademicYear.of(teachingSince).startYear();
        return yearsTeaching >= 0 && yearsTeaching < YOUNG_SPECIALIST_YEARS;
    }

    public Long getId() {
        return id;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public Account getAccount() {
        return account;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    /** The Cambridge-programme mark (the best-practice corner marks their materials): a confirmed course or the manual mark. */
    public boolean hasCambridgeCourses() {
        return cambridgeCourses || cambridgeConfirmed;
    }

    /** The manual mark alone: courses taken before the cabinet kept courses. */
    public boolean hasCambridgeCoursesBeforeCabinet() {
        return cambridgeCourses;
    }

    public boolean hasConfirmedCambridgeCourse() {
        return cambridgeConfirmed;
    }

    public void cambridgeCourseConfirmed() {
        this.cambridgeConfirmed = true;
    }

    public void setCambridgeCourses(boolean cambridgeCourses) {
        this.cambridgeCourses = cambridgeCourses;
    }

    public LocalDate getTeachingSince() {
        return teachingSince;
    }

    public void setTeachingSince(LocalDate teachingSince) {
        this.teachingSince = teachingSince;
    }

    public QualificationCategory getCategory() {
        return category;
    }

    public void setCategory(QualificationCategory category) {
        this.category = category;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public EducationLevel getEducation() {
        return education;
    }

    public void setEducation(EducationLevel education) {
        this.education = education;
    }

    public Set<Subject> getSubjects() {
        return Set.copyOf(subjects);
    }

    public void setSubjects(Set<Subject> newSubjects) {
        subjects.clear();
        subjects.addAll(newSubjects);
    }

    public long getVersion() {
        return version;
    }

    /**
     * The version of the staff record and its account together, as a form that edits both sees them: each
     * only grows, so their sum changes whenever either does.
     */
    public long versionWithAccount() {
        return version + account.getVersion();
    }
}
