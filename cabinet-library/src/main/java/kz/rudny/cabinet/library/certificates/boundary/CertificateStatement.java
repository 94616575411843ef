package kz.rudny.cabinet.library.certificates.boundary;

import java.time.LocalDate;

/** What a genuine certificate certifies, as the public verification page shows it: nothing more. */
public record CertificateStatement(String code, CertificateKind kind, String authorName, String authorPosition,
                                   String schoolName, String materialTitle, LocalDate approvedOn, LocalDate issuedOn) {
}
