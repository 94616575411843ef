package kz.rudny.cabinet.events.meetings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import kz.rudny.cabinet.domain.files.boundary.FileKind;
import kz.rudny.cabinet.domain.files.boundary.StoredFile;
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A file attached to a meeting (a presentation, the signed scan of the minutes), kept by the shared file store. */
@Entity
@Table(name = "MEETING_FILE")
@Multitenant
@TenantDiscriminatorColumn(name = SchoolScoped.COLUMN, contextProperty = SchoolScoped.TENANT_PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class MeetingFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "MEETING_ID", nullable = false)
    private long meetingId;

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

    @Column(name = "ADDED_BY_NAME", nullable = false, length = 200)
    private String addedByName;

    protected MeetingFile() {
    }

    public MeetingFile(long meetingId, StoredFile file, String addedByName, LocalDateTime addedAt) {
        this.meetingId = meetingId;
        this.storedName = file.storedName();
        this.name = file.name();
        this.kind = file.kind();
        this.size = file.size();
        this.sha256 = file.sha256();
        this.addedByName = addedByName;
        this.addedAt = addedAt;
    }

    public Long getId() {
        return id;
    }

    public long getMeetingId() {
        return meetingId;
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

    public String getAddedByName() {
        return addedByName;
    }
}
