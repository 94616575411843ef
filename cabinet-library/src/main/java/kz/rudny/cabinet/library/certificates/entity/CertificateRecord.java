package kz.rudny.cabinet.library.certificates.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import kz.rudny.cabinet.library.certificates.boundary.CertificateKind;

/**
 * DISTRICT-LEVEL (reviewed): the public register of publication certificates. A row says what one code
 * certifies, and nothing more; anyone holding the code may read it, without signing in.
 */
@Entity
@Table(name = "CERTIFICATE")
public class CertificateRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "CODE", nullable = false, length = 14)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 30)
    private CertificateKind kind;

    @Column(name = "ORIGIN_SCHOOL_ID", nullable = false)
    private long originSchoolId;

    @Column(name = "MATERIAL_ID", nullable = false)
    private long materialId;

    @Column(name = "AUTHOR_NAME", nullable = false, length = 200)
    private String authorName;

    @Column(name = "AUTHOR_POSITION", length = 200)
    private String authorPosition;

    @Column(name = "SCHOOL_NAME", nullable = false, length = 200)
    private String schoolName;

    @Column(name = "MATERIAL_TITLE", nullable = false, length = 620)
    private String materialTitle;

    @Column(name = "APPROVED_ON", nullable = false)
    private LocalDate approvedOn;

    @Column(name = "ISSUED_ON", nullable = false)
    private LocalDate issuedOn;

    protected CertificateRecord() {
    }

    public CertificateRecord(String code, CertificateKind kind, long originSchoolId, long materialId, String authorName,
                             String authorPosition, String schoolName, String materialTitle, LocalDate approvedOn,
                             LocalDate issuedOn) {
        this.code = code;
        this.kind = kind;
        this.originSchoolId = originSchoolId;
        this.materialId = materialId;
        this.authorName = authorName;
        this.authorPosition = authorPosition;
        this.schoolName = schoolName;
        this.materialTitle = materialTitle;
        this.approvedOn = approvedOn;
        this.issuedOn = issuedOn;
    }

    public String getCode() {
        return code;
    }

    public CertificateKind getKind() {
        return kind;
    }

    public long getOriginSchoolId() {
        return originSchoolId;
    }

    public long getMaterialId() {
        return materialId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getAuthorPosition() {
        return authorPosition;
    }

    public String getSchoolName() {
        return schoolName;
    }

    public String getMaterialTitle() {
        return materialTitle;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }
}
