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
import java.time.LocalDateTime;
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import kz.rudny.cabinet.events.activities.boundary.LinkedMaterialKind;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * TOWN-LEVEL (reviewed): a library material linked to an event, named by kind and id with its title when linked.
 * Read through the viewer filter exactly as its {@link Activity} ({@code schoolOnlyId} copied from the event).
 */
@Entity
@Table(name = "ACTIVITY_MATERIAL")
@AdditionalCriteria("this.schoolOnlyId IS NULL OR this.schoolOnlyId = :" + SchoolScoped.VIEWER_PROPERTY)
public class ActivityMaterial {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ACTIVITY_ID", nullable = false)
    private Activity activity;

    @Column(name = "ORGANISER_KEY", nullable = false)
    private long organiserKey;

    @Column(name = "SCHOOL_ONLY_ID")
    private Long schoolOnlyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 20)
    private LinkedMaterialKind kind;

    @Column(name = "MATERIAL_REF", nullable = false)
    private long materialRef;

    @Column(name = "TITLE", nullable = false, length = 500)
    private String title;

    @Column(name = "ADDED_AT", nullable = false)
    private LocalDateTime addedAt;

    @Column(name = "ADDED_BY_ACCOUNT_ID", nullable = false)
    private long addedByAccountId;

    @Column(name = "ADDED_BY_NAME", nullable = false, length = 200)
    private String addedByName;

    protected ActivityMaterial() {
    }

    public ActivityMaterial(Activity activity, LinkedMaterialKind kind, long materialRef, String title,
                            long addedByAccountId, String addedByName, LocalDateTime addedAt) {
        this.activity = activity;
        this.organiserKey = activity.getOrganiserKey();
        this.schoolOnlyId = activity.getSchoolOnlyId();
        this.kind = kind;
        this.materialRef = materialRef;
        this.title = title;
        this.addedByAccountId = addedByAccountId;
        this.addedByName = addedByName;
        this.addedAt = addedAt;
    }

    public Long getId() {
        return id;
    }

    public Activity getActivity() {
        return activity;
    }

    public LinkedMaterialKind getKind() {
        return kind;
    }

    public long getMaterialRef() {
        return materialRef;
    }

    public String getTitle() {
        return title;
    }

    public LocalDateTime getAddedAt() {
        return addedAt;
    }

    public long getAddedByAccountId() {
        return addedByAccountId;
    }

    public String getAddedByName() {
        return addedByName;
    }
}
