package kz.rudny.cabinet.mentoring.attestation.boundary;

/**
 * What a piece of evidence points at, where it exists in the cabinet: a course record of this module, a library
 * material (a publication, with its certificate), or an event (an open lesson or master class given). The web layer
 * resolves materials and events with the reader's rights; this module keeps the reference.
 */
public enum EvidenceLink {
    COURSE,
    MATERIAL,
    EVENT
}
