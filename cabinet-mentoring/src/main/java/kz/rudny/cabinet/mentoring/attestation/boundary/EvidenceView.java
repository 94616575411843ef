package kz.rudny.cabinet.mentoring.attestation.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** A piece of the portfolio as read, with the name of its scanned file when attached. */
public record EvidenceView(long id, EvidenceKind kind, AchievementLevel level, String title, LocalDate achievedOn,
                           String pupilName, Integer place, Integer testPercent, EvidenceLink linkKind, Long linkRef,
                           String fileName) implements Serializable {
}
