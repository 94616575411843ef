package kz.rudny.cabinet.events.activities.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import kz.rudny.cabinet.domain.certificates.boundary.CertificateKind;

/**
 * An event the caller took part in (marked present by the organiser) or presented at: its titles, its day and kind,
 * which certificate it gives them and whether it is available yet (a presenter's once the event is held).
 */
public record TakenPart(long activityId, String titleKk, String titleRu, LocalDate day, ActivityKind kind,
                        CertificateKind certificate, boolean certificateAvailable) implements Serializable {
}
