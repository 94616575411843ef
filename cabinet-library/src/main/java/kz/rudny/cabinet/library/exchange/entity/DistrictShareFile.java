package kz.rudny.cabinet.library.exchange.entity;

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
import kz.rudny.cabinet.domain.files.boundary.FileKind;

/** DISTRICT-LEVEL (reviewed): a file of a shared material, as the district may download it. */
@Entity
@Table(name = "DISTRICT_SHARE_FILE")
public class DistrictShareFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "SHARE_ID", nullable = false)
    private DistrictShare share;

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

    protected DistrictShareFile() {
    }

    public DistrictShareFile(DistrictShare share, String originalName, String storedName, FileKind kind, long size,
                             String sha256) {
        this.share = share;
        this.originalName = originalName;
        this.storedName = storedName;
        this.kind = kind;
        this.size = size;
        this.sha256 = sha256;
    }

    public Long getId() {
        return id;
    }

    public DistrictShare getShare() {
        return share;
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
}
