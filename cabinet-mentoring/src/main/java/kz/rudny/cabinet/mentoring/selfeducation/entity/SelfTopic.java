package kz.rudny.cabinet.mentoring.selfeducation.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import kz.rudny.cabinet.mentoring.selfeducation.boundary.Stage;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A teacher's self-education topic for academic years, with its four stages in order. */
@Entity
@Table(name = "MENTORING_SELF_TOPIC")
@Multitenant
@TenantDiscriminatorColumn(name = SchoolScoped.COLUMN, contextProperty = SchoolScoped.TENANT_PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class SelfTopic {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "STAFF_ID", nullable = false)
    private long staffId;

    @Column(name = "TEACHER_NAME", nullable = false, length = 200)
    private String teacherName;

    @Column(name = "TITLE", nullable = false, length = 500)
    private String title;

    @Column(name = "LANGUAGE_CODE", nullable = false, length = 2)
    private String language;

    @Column(name = "FROM_YEAR", nullable = false)
    private int fromYear;

    @Column(name = "TO_YEAR", nullable = false)
    private int toYear;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "MENTORING_SELF_STAGE", joinColumns = @JoinColumn(name = "TOPIC_ID"))
    @OrderColumn(name = "POSITION_NO")
    private List<TopicStage> stages = new ArrayList<>();

    @Version
    @Column(name = "VERSION")
    private long version;

    protected SelfTopic() {
    }

    public SelfTopic(long staffId, String teacherName, LocalDateTime createdAt) {
        this.staffId = staffId;
        this.teacherName = teacherName;
        this.createdAt = createdAt;
        for (Stage s : Stage.values()) {
            stages.add(new TopicStage(s));
        }
    }

    public void describe(String newTitle, String newLanguage, int newFromYear, int newToYear) {
        this.title = newTitle;
        this.language = newLanguage;
        this.fromYear = newFromYear;
        this.toYear = newToYear;
    }

    public TopicStage stage(Stage s) {
        return stages.get(s.ordinal());
    }

    public Long getId() {
        return id;
    }

    public long getStaffId() {
        return staffId;
    }

    public String getTeacherName() {
        return teacherName;
    }

    public String getTitle() {
        return title;
    }

    public String getLanguage() {
        return language;
    }

    public int getFromYear() {
        return fromYear;
    }

    public int getToYear() {
        return toYear;
    }

    public List<TopicStage> getStages() {
        return stages;
    }

    public long getVersion() {
        return version;
    }
}
