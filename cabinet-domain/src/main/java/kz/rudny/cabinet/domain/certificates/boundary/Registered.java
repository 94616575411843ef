package kz.rudny.cabinet.domain.certificates.boundary;

/** A certificate as the register holds it, and whether this call entered it (so the module audits it once). */
public record Registered(CertificateStatement statement, boolean isNew) {
}
