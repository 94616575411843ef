package kz.rudny.cabinet.events.activities.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import kz.rudny.cabinet.events.activities.boundary.LessonStage;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A lesson of a Lesson Study cycle: its event (kind LESSON_STUDY_LESSON), stage and discussion notes. School-scoped. */
@Entity
@Table(name = "LESSON_STUDY_LESSON")
@Multitenant
@TenantDiscriminatorColumn(name = SchoolScoped.COLUMN, contextProperty = SchoolScoped.TENANT_PROPERTY,
        discriminatorType = jakarta.persistence.DiscriminatorType.INTEGER)
public class StudyLesson {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "STUDY_ID", nullable = false)
    private LessonStudy study;

    @Column(name = "POSITION_NO", nullable = false)
    private int positionNo;

    @Column(name = "ACTIVITY_ID", nullable = false)
    private long activityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STAGE", nullable = false, length = 12)
    private LessonStage stage;

    @Column(name = "DISCUSSION", length = 4000)
    private String discussion;

    protected StudyLesson() {
    }

    public StudyLesson(LessonStudy study, int positionNo, long activityId) {
        this.study = study;
        this.positionNo = positionNo;
        this.activityId = activityId;
        this.stage = LessonStage.PLANNED;
    }

    public void progressed(LessonStage newStage, String notes) {
        this.stage = newStage;
        this.discussion = notes;
    }

    public int getPositionNo() {
        return positionNo;
    }

    public long getActivityId() {
        return activityId;
    }

    public LessonStage getStage() {
        return stage;
    }

    public String getDiscussion() {
        return discussion;
    }
}
