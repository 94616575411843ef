package kz.rudny.cabinet.web.attestation;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import kz.rudny.cabinet.mentoring.attestation.boundary.EvidenceKind;
import kz.rudny.cabinet.mentoring.attestation.boundary.EvidenceView;

/** One section of a portfolio: the pieces of one kind, in the order the boundary gives them. */
public record PortfolioSection(EvidenceKind kind, List<EvidenceView> pieces) implements Serializable {

    /** The sections of a portfolio in the order of the kinds, the empty ones left out. */
    public static List<PortfolioSection> of(List<EvidenceView> portfolio) {
        return Arrays.stream(EvidenceKind.values())
                .map(k -> new PortfolioSection(k, portfolio.stream().filter(e -> e.kind() == k).toList()))
                .filter(s -> !s.pieces().isEmpty()).toList();
    }
}
