package kz.rudny.cabinet.domain.certificates.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a genuine certificate certifies, as the public verification page shows it and its PDF prints it: nothing
 * more. {@code holderPosition} and {@code dated} may be missing.
 */
public record CertificateStatement(String code, CertificateKind kind, String holderName, String holderPosition,
                                   String schoolName, String title, LocalDate dated, LocalDate issuedOn)
                                           implements Serializable {
}
