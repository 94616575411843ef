package kz.rudny.cabinet.library.materials.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import kz.rudny.cabinet.domain.files.boundary.FileKind;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One stored file of a material, under a generated name. A new version supersedes the previous file of the
 * same line (which stays, with its superseded time), so old versions can still be downloaded.
 */
@Entity
@Table(name = "MATERIAL_FILE")
@Multitenant
@TenantDiscriminatorColumn(name = SchoolScoped.COLUMN, contextProperty = SchoolScoped.TENANT_PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class MaterialFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "MATERIAL_ID", nullable = false)
    private Material material;

    @Column(name = "ORIGINAL_NAME", nullable = false, length = 200)
    private String originalName;

    @Column(name = "STORED_NAME", nullable = false, length = 32)
    private String storedName;

    @Enumerated(EnumType.STRING)
    @Column(name = "FILE_KIND", nullable = false, length = 10)
    private FileKind kind;

    @Column(name = "SIZE_BYTES", nullable = false)
    private long size;

    @Column(name = "SHA256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "VERSION_NUMBER", nullable = false)
    private int versionNumber;

    @ManyToOne
    @JoinColumn(name = "PREVIOUS_ID")
    private MaterialFile previous;

    @Column(name = "UPLOADED_AT", nullable = false)
    private LocalDateTime uploadedAt;

    @Column(name = "UPLOADED_BY", nullable = false, length = 200)
    private String uploadedBy;

    @Column(name = "SUPERSEDED_AT")
    private LocalDateTime supersededAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected MaterialFile() {
    }

    public MaterialFile(Material material, String originalName, String storedName, FileKind kind, long size,
                        String sha256, MaterialFile previous, String uploadedBy, LocalDateTime now) {
        this.material = material;
        this.originalName = originalName;
        this.storedName = storedName;
        this.kind = kind;
        this.size = size;
        this.sha256 = sha256;
        this.previous = previous;
        this.versionNumber = previous == null ? 1 : previous.versionNumber + 1;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    public boolean isCurrent() {
        return supersededAt == null;
    }

    public void supersede(LocalDateTime now) {
        this.supersededAt = now;
    }

    public Long getId() {
        return id;
    }

    public Material getMaterial() {
        return material;
    }

    public String getOriginalName() {
        return originalName;
    }

    public String getStoredName() {
        return storedName;
    }

    public FileKind getKind() {
        return kind;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public MaterialFile getPrevious() {
        return previous;
    }

    public LocalDateTime getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public LocalDateTime getSupersededAt() {
        return supersededAt;
    }
}
