package kz.rudny.cabinet.domain.certificates.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import kz.rudny.cabinet.domain.certificates.boundary.CertificateKind;

/**
 * DISTRICT-LEVEL (reviewed): the public register of the cabinet's certificates, of every module (publication,
 * participation...). A row says what one code certifies, and nothing more; anyone holding the code may read it,
 * without signing in. {@code subjectKey} names what the certificate is for, as the issuing module writes it
 * ("MATERIAL:3:12"): with the kind, it is unique, so a certificate is entered once and downloading again gives
 * the same code.
 */
@Entity
@Table(name = "CERTIFICATE_REGISTER")
public class CertificateRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "CODE", nullable = false, length = 14)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 30)
    private CertificateKind kind;

    @Column(name = "SUBJECT_KEY", nullable = false, length = 120)
    private String subjectKey;

    /** The school whose record the certificate is for; null for a district's own (a district event). */
    @Column(name = "ORIGIN_SCHOOL_ID")
    private Long originSchoolId;

    @Column(name = "HOLDER_NAME", nullable = false, length = 200)
    private String holderName;

    @Column(name = "HOLDER_POSITION", length = 200)
    private String holderPosition;

    @Column(name = "SCHOOL_NAME", nullable = false, length = 200)
    private String schoolName;

    @Column(name = "TITLE", nullable = false, length = 620)
    private String title;

    /** When what is certified happened (approved, featured, held); may be unknown. */
    @Column(name = "DATED")
    private LocalDate dated;

    @Column(name = "ISSUED_ON", nullable = false)
    private LocalDate issuedOn;

    protected CertificateRecord() {
    }

    public CertificateRecord(String code, CertificateKind kind, String subjectKey, Long originSchoolId,
                             String holderName, String holderPosition, String schoolName, String title,
                             LocalDate dated, LocalDate issuedOn) {
        this.code = code;
        this.kind = kind;
        this.subjectKey = subjectKey;
        this.originSchoolId = originSchoolId;
        this.holderName = holderName;
        this.holderPosition = holderPosition;
        this.schoolName = schoolName;
        this.title = title;
        this.dated = dated;
        this.issuedOn = issuedOn;
    }

    public String getCode() {
        return code;
    }

    public CertificateKind getKind() {
        return kind;
    }

    public String getSubjectKey() {
        return subjectKey;
    }

    public Long getOriginSchoolId() {
        return originSchoolId;
    }

    public String getHolderName() {
        return holderName;
    }

    public String getHolderPosition() {
        return holderPosition;
    }

    public String getSchoolName() {
        return schoolName;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDated() {
        return dated;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }
}
