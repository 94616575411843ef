package kz.rudny.cabinet.web.mentoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import kz.rudny.cabinet.mentoring.pairs.boundary.MentoringPairs;
import kz.rudny.cabinet.mentoring.pairs.boundary.PairView;
import kz.rudny.cabinet.web.support.FacesForms;

/**
 * The year's pairs on the young specialists' page: the methodologist ends an open pair early with a reason, in a
 * small form under the table that opens for the chosen pair.
 */
@Named
@ViewScoped
public class YearPairsPart implements Serializable {

    @Inject
    MentoringPairs pairs;

    private List<PairView> list;
    private Long endingId;
    private String reason;

    public List<PairView> getList() {
        if (list == null) {
            list = pairs.ofThisYear();
        }
        return list;
    }

    public void choose(long pairId) {
        endingId = pairId;
        reason = null;
    }

    public void cancel() {
        endingId = null;
    }

    /** Ends the chosen pair; the page opens again so that the young specialist shows without a mentor. */
    public void end() throws IOException {
        if (FacesForms.submit("ending", () -> pairs.end(endingId, reason))) {
            FacesForms.info("mentoring.endedInfo");
            FacesForms.redirectTo("/mentoring/young-specialists.xhtml");
        }
    }

    /** The pair being ended, or null. */
    public PairView getEnding() {
        return endingId == null ? null
                : getList().stream().filter(p -> p.id() == endingId).findFirst().orElse(null);
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
