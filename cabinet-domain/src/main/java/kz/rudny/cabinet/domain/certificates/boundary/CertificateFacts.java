package kz.rudny.cabinet.domain.certificates.boundary;

import java.util.Objects;

/**
 * A certificate to print: what the register states and the public page where anyone can check its code. The
 * holder's position and the date of what is certified may be missing ({@code null} or blank); the certificate
 * then leaves them out. Everything else is required.
 */
public record CertificateFacts(CertificateStatement statement, String verifyUrl) {

    public CertificateFacts {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(statement.code(), "code");
        Objects.requireNonNull(statement.kind(), "kind");
        Objects.requireNonNull(statement.holderName(), "holderName");
        Objects.requireNonNull(statement.schoolName(), "schoolName");
        Objects.requireNonNull(statement.title(), "title");
        Objects.requireNonNull(statement.issuedOn(), "issuedOn");
        Objects.requireNonNull(verifyUrl, "verifyUrl");
    }
}
