package kz.rudny.cabinet.domain.certificates.boundary;

/**
 * The certificates the cabinet issues, of every module, each with its own heading and sentences on the paper and
 * the verification page. The library's: a material approved by the methodical council of the teacher's school,
 * or featured by the town's education department as a best practice of Rudny. The events': taking part in an
 * event (marked present by its organiser), or presenting at it (a master class, a talk).
 */
public enum CertificateKind {
    APPROVED_IN_SCHOOL,
    DISTRICT_BEST_PRACTICE,
    EVENT_PARTICIPATION,
    EVENT_PRESENTATION
}
