package kz.rudny.cabinet.events.activities.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A teacher of a Lesson Study group (a staff member of the school, with their name). School-scoped. */
@Entity
@Table(name = "LESSON_STUDY_MEMBER")
@Multitenant
@TenantDiscriminatorColumn(name = SchoolScoped.COLUMN, contextProperty = SchoolScoped.TENANT_PROPERTY,
        discriminatorType = jakarta.persistence.DiscriminatorType.INTEGER)
public class StudyMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "STUDY_ID", nullable = false)
    private LessonStudy study;

    @Column(name = "STAFF_ID", nullable = false)
    private long staffId;

    @Column(name = "FULL_NAME", nullable = false, length = 200)
    private String fullName;

    protected StudyMember() {
    }

    public StudyMember(LessonStudy study, long staffId, String fullName) {
        this.study = study;
        this.staffId = staffId;
        this.fullName = fullName;
    }

    public long getStaffId() {
        return staffId;
    }

    public String getFullName() {
        return fullName;
    }
}
