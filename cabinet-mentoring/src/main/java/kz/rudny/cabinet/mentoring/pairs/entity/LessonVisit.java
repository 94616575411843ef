package kz.rudny.cabinet.mentoring.pairs.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import kz.rudny.cabinet.domain.lessonanalysis.boundary.AnalysisItem;
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import kz.rudny.cabinet.mentoring.pairs.boundary.VisitDirection;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A lesson visit of a pair's log: which way, when, the lesson (class, subject, topic, its teacher), the purpose, and
 * the visitor's analysis in one of the school's lesson-analysis templates (the criteria copied in, as an open-lesson
 * observation's are) with the recommendations.
 */
@Entity
@Table(name = "MENTORING_VISIT")
@Multitenant
@TenantDiscriminatorColumn(name = SchoolScoped.COLUMN, contextProperty = SchoolScoped.TENANT_PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class LessonVisit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "PAIR_ID", nullable = false)
    private long pairId;

    @Enumerated(EnumType.STRING)
    @Column(name = "DIRECTION", nullable = false, length = 20)
    private VisitDirection direction;

    @Column(name = "VISITED_ON", nullable = false)
    private LocalDate visitedOn;

    @Column(name = "CLASS_NAME", nullable = false, length = 20)
    private String className;

    @Column(name = "SUBJECT", nullable = false, length = 200)
    private String subject;

    @Column(name = "TOPIC", nullable = false, length = 300)
    private String topic;

    @Column(name = "PURPOSE", nullable = false, length = 1000)
    private String purpose;

    @Column(name = "TEACHER_NAME", nullable = false, length = 200)
    private String teacherName;

    @Column(name = "OBSERVER_ACCOUNT_ID", nullable = false)
    private long observerAccountId;

    @Column(name = "OBSERVER_NAME", nullable = false, length = 200)
    private String observerName;

    @Column(name = "TEMPLATE_NAME", nullable = false, length = 200)
    private String templateName;

    @Column(name = "LANGUAGE_CODE", nullable = false, length = 2)
    private String languageCode;

    @Column(name = "RECOMMENDATIONS", length = 4000)
    private String recommendations;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "MENTORING_VISIT_ITEM", joinColumns = @JoinColumn(name = "VISIT_ID"))
    @OrderColumn(name = "POSITION_NO")
    private List<AnalysisItem> items = new ArrayList<>();

    @Version
    @Column(name = "VERSION")
    private long version;

    protected LessonVisit() {
    }

    public LessonVisit(long pairId, VisitDirection direction, Lesson lesson, String purpose, long observerAccountId,
                       String observerName, String templateName, String languageCode, LocalDateTime createdAt) {
        this.pairId = pairId;
        this.direction = direction;
        this.observerAccountId = observerAccountId;
        this.observerName = observerName;
        this.templateName = templateName;
        this.languageCode = languageCode;
        this.createdAt = createdAt;
        described(lesson, purpose);
    }

    /** The visited lesson: day, class, subject, topic and its teacher. */
    public record Lesson(LocalDate on, String className, String subject, String topic, String teacherName) {
    }

    public void described(Lesson lesson, String newPurpose) {
        this.visitedOn = lesson.on();
        this.className = lesson.className();
        this.subject = lesson.subject();
        this.topic = lesson.topic();
        this.teacherName = lesson.teacherName();
        this.purpose = newPurpose;
    }

    public void recommended(String text) {
        this.recommendations = text;
    }

    public Long getId() {
        return id;
    }

    public long getPairId() {
        return pairId;
    }

    public VisitDirection getDirection() {
        return direction;
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
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

    public String getPurpose() {
        return purpose;
    }

    public String getTeacherName() {
        return teacherName;
    }

    public long getObserverAccountId() {
        return observerAccountId;
    }

    public String getObserverName() {
        return observerName;
    }

    public String getTemplateName() {
        return templateName;
    }

    public String getLanguageCode() {
        return languageCode;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public List<AnalysisItem> items() {
        return items;
    }

    public long getVersion() {
        return version;
    }
}
