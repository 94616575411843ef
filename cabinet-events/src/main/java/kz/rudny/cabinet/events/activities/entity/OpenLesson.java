package kz.rudny.cabinet.events.activities.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * TOWN-LEVEL (reviewed): what is taught at an open lesson (an event of kind OPEN_LESSON or LESSON_STUDY_LESSON),
 * keyed by the event's id: the teacher (a staff member of the organising school), class, subject, topic, goals,
 * and the teacher's summary (self-analysis) after the lesson. Read with the event's own viewer filter:
 * {@code schoolOnlyId} is copied from the event each time the details are written.
 */
@Entity
@Table(name = "OPEN_LESSON")
@AdditionalCriteria("this.schoolOnlyId IS NULL OR this.schoolOnlyId = :" + SchoolScoped.VIEWER_PROPERTY)
public class OpenLesson {

    @Id
    @Column(name = "ACTIVITY_ID")
    private Long activityId;

    @Column(name = "OWNER_SCHOOL_ID", nullable = false)
    private long ownerSchoolId;

    @Column(name = "SCHOOL_ONLY_ID")
    private Long schoolOnlyId;

    @Column(name = "TEACHER_STAFF_ID", nullable = false)
    private long teacherStaffId;

    @Column(name = "TEACHER_NAME", nullable = false, length = 200)
    private String teacherName;

    @Column(name = "CLASS_NAME", nullable = false, length = 20)
    private String className;

    @Column(name = "SUBJECT", nullable = false, length = 200)
    private String subject;

    @Column(name = "TOPIC", nullable = false, length = 300)
    private String topic;

    @Column(name = "GOALS", length = 2000)
    private String goals;

    @Column(name = "SUMMARY", length = 4000)
    private String summary;

    @Column(name = "SUMMARY_BY", length = 200)
    private String summaryBy;

    @Column(name = "SUMMARY_AT")
    private LocalDateTime summaryAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected OpenLesson() {
    }

    public OpenLesson(long activityId, long ownerSchoolId) {
        this.activityId = activityId;
        this.ownerSchoolId = ownerSchoolId;
    }

    /** The details as the organiser writes them; the viewer key follows the event's audience. */
    public void describe(Long schoolOnlyId, long teacherStaffId, String teacherName, String className, String subject,
                         String topic, String goals) {
        this.schoolOnlyId = schoolOnlyId;
        this.teacherStaffId = teacherStaffId;
        this.teacherName = teacherName;
        this.className = className;
        this.subject = subject;
        this.topic = topic;
        this.goals = goals;
    }

    public void summarised(String text, String by, LocalDateTime now) {
        this.summary = text;
        this.summaryBy = by;
        this.summaryAt = now;
    }

    public Long getActivityId() {
        return activityId;
    }

    public long getOwnerSchoolId() {
        return ownerSchoolId;
    }

    public long getTeacherStaffId() {
        return teacherStaffId;
    }

    public String getTeacherName() {
        return teacherName;
    }

    public String getClassName() {
        return className;
    }

    public String getSubject() {
        return subject;
    }

    public String getTopic() {
        return topic;
    }

    public String getGoals() {
        return goals;
    }

    public String getSummary() {
        return summary;
    }

    public String getSummaryBy() {
        return summaryBy;
    }

    public LocalDateTime getSummaryAt() {
        return summaryAt;
    }
}
