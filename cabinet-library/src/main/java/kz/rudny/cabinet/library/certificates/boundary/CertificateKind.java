package kz.rudny.cabinet.library.certificates.boundary;

/**
 * Why a teacher gets a publication certificate: the material was approved by the methodical council of
 * the teacher's school, or the town's education department featured it as a best practice of Rudny. Each
 * kind is a certificate of its own, and each has its own sentence on the page.
 */
public enum CertificateKind {
    APPROVED_IN_SCHOOL,
    DISTRICT_BEST_PRACTICE
}
