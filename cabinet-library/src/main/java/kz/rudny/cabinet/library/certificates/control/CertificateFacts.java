package kz.rudny.cabinet.library.certificates.control;

import kz.rudny.cabinet.library.certificates.boundary.CertificateKind;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a publication certificate states: its verification code (canonical form, see
 * {@link CertificateCodes}), why it was given, who wrote the material and where they work, the material's
 * title, when the certificate was issued, when the material was approved or featured, and the public page
 * where anyone can check the code. The author's position and the approval date may be missing ({@code null}
 * or blank); the certificate then leaves them out. Everything else is required.
 */
public record CertificateFacts(String code, CertificateKind kind, String authorName, String authorPosition,
        String schoolName, String materialTitle, LocalDate issuedOn, LocalDate approvedOn, String verifyUrl) {

    public CertificateFacts {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(authorName, "authorName");
        Objects.requireNonNull(schoolName, "schoolName");
        Objects.requireNonNull(materialTitle, "materialTitle");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(verifyUrl, "verifyUrl");
    }
}
