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
import kz.rudny.cabinet.domain.files.boundary.FileKind;
import kz.rudny.cabinet.domain.files.boundary.StoredFile;
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * TOWN-LEVEL (reviewed): a file of an event (a presentation, a handout), kept by the shared file store. Read through
 * the viewer filter exactly as its {@link Activity}: {@code schoolOnlyId} is copied from the event when the file is
 * attached (an event's audience never changes), so a school's own event's files only by its school's people, an
 * open or district event's by the town.
 */
@Entity
@Table(name = "ACTIVITY_FILE")
@AdditionalCriteria("this.schoolOnlyId IS NULL OR this.schoolOnlyId = :" + SchoolScoped.VIEWER_PROPERTY)
public class ActivityFile {

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

    @Column(name = "STORED_NAME", nullable = false, length = 32)
    private String storedName;

    @Column(name = "NAME", nullable = false, length = 255)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 20)
    private FileKind kind;

    @Column(name = "SIZE_BYTES", nullable = false)
    private long size;

    @Column(name = "SHA256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "ADDED_AT", nullable = false)
    private LocalDateTime addedAt;

    @Column(name = "ADDED_BY_ACCOUNT_ID", nullable = false)
    private long addedByAccountId;

    @Column(name = "ADDED_BY_NAME", nullable = false, length = 200)
    private String addedByName;

    protected ActivityFile() {
    }

    public ActivityFile(Activity activity, StoredFile file, long addedByAccountId, String addedByName,
                        LocalDateTime addedAt) {
        this.activity = activity;
        this.organiserKey = activity.getOrganiserKey();
        this.schoolOnlyId = activity.getSchoolOnlyId();
        this.storedName = file.storedName();
        this.name = file.name();
        this.kind = file.kind();
        this.size = file.size();
        this.sha256 = file.sha256();
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

    public String getStoredName() {
        return storedName;
    }

    public String getName() {
        return name;
    }

    public FileKind getKind() {
        return kind;
    }

    public long getSize() {
        return size;
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
