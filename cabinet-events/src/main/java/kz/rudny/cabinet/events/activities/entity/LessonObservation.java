package kz.rudny.cabinet.events.activities.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
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
import kz.rudny.cabinet.domain.lessonanalysis.boundary.AnalysisItem;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import kz.rudny.cabinet.domain.lessonanalysis.boundary.AnalysisItem;
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import kz.rudny.cabinet.events.activities.boundary.ObservationStatus;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * TOWN-LEVEL (reviewed): one observer's analysis of an open lesson, made from a template of the observer's own
 * school whose criteria were COPIED in at the start. Read through the viewer filter only by the observer's school
 * and by the organising school ({@code organiserKey}); a third school sees nothing. A Lesson Study lesson's
 * observation also has notes on the focus pupils A, B and C.
 */
@Entity
@Table(name = "LESSON_OBSERVATION")
@AdditionalCriteria("this.observerSchoolId = :" + SchoolScoped.VIEWER_PROPERTY
        + " OR this.organiserKey = :" + SchoolScoped.VIEWER_PROPERTY)
public class LessonObservation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ACTIVITY_ID", nullable = false)
    private long activityId;

    @Column(name = "ORGANISER_KEY", nullable = false)
    private long organiserKey;

    @Column(name = "OBSERVER_SCHOOL_ID", nullable = false)
    private long observerSchoolId;

    @Column(name = "OBSERVER_ACCOUNT_ID", nullable = false)
    private long observerAccountId;

    @Column(name = "OBSERVER_NAME", nullable = false, length = 200)
    private String observerName;

    @Column(name = "OBSERVER_SCHOOL_NAME", nullable = false, length = 200)
    private String observerSchoolName;

    @Column(name = "TEMPLATE_ID")
    private Long templateId;

    @Column(name = "TEMPLATE_NAME", nullable = false, length = 200)
    private String templateName;

    @Column(name = "LANGUAGE_CODE", nullable = false, length = 2)
    private String languageCode;

    @Column(name = "FOCUS_NOTES", nullable = false)
    private boolean focusNotes;

    @Column(name = "FOCUS_A", length = 2000)
    private String focusA;

    @Column(name = "FOCUS_B", length = 2000)
    private String focusB;

    @Column(name = "FOCUS_C", length = 2000)
    private String focusC;

    @Column(name = "RECOMMENDATIONS", length = 4000)
    private String recommendations;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 10)
    private ObservationStatus status;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "SUBMITTED_AT")
    private LocalDateTime submittedAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "LESSON_OBSERVATION_ITEM", joinColumns = @JoinColumn(name = "OBSERVATION_ID"))
    @OrderColumn(name = "POSITION_NO")
    private List<AnalysisItem> items = new ArrayList<>();

    protected LessonObservation() {
    }

    public LessonObservation(long activityId, long organiserKey, long observerSchoolId, long observerAccountId,
                             String observerName, String observerSchoolName, Long templateId, String templateName,
                             String languageCode, boolean focusNotes, LocalDateTime now) {
        this.activityId = activityId;
        this.organiserKey = organiserKey;
        this.observerSchoolId = observerSchoolId;
        this.observerAccountId = observerAccountId;
        this.observerName = observerName;
        this.observerSchoolName = observerSchoolName;
        this.templateId = templateId;
        this.templateName = templateName;
        this.languageCode = languageCode;
        this.focusNotes = focusNotes;
        this.status = ObservationStatus.DRAFT;
        this.createdAt = now;
    }

    public void written(String newRecommendations, String a, String b, String c) {
        this.recommendations = newRecommendations;
        if (focusNotes) {
            this.focusA = a;
            this.focusB = b;
            this.focusC = c;
        }
    }

    public void submitted(LocalDateTime now) {
        status = ObservationStatus.SUBMITTED;
        submittedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getActivityId() {
        return activityId;
    }

    public long getObserverSchoolId() {
        return observerSchoolId;
    }

    public long getObserverAccountId() {
        return observerAccountId;
    }

    public String getObserverName() {
        return observerName;
    }

    public String getObserverSchoolName() {
        return observerSchoolName;
    }

    public String getTemplateName() {
        return templateName;
    }

    public String getLanguageCode() {
        return languageCode;
    }

    public boolean hasFocusNotes() {
        return focusNotes;
    }

    public String getFocusA() {
        return focusA;
    }

    public String getFocusB() {
        return focusB;
    }

    public String getFocusC() {
        return focusC;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public ObservationStatus getStatus() {
        return status;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public List<AnalysisItem> items() {
        return items;
    }
}
