package kz.rudny.cabinet.events.activities.boundary;

import kz.rudny.cabinet.domain.certificates.boundary.CertificateStatement;

/**
 * An event's certificate: what the register states (its code the same on every download) and the PDF in the
 * language asked for, with {@code language} the code of that language for the file's name.
 */
public record EventCertificate(CertificateStatement statement, String language, byte[] pdf) {
}
