package kz.rudny.cabinet.web.attestation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.mentoring.attestation.boundary.AttestationView;
import kz.rudny.cabinet.mentoring.attestation.boundary.Attestations;
import kz.rudny.cabinet.mentoring.attestation.boundary.Checklist;
import kz.rudny.cabinet.mentoring.attestation.boundary.Portfolios;

/**
 * A colleague's attestation standing, readiness checklist and portfolio, read by the methodologist
 * ({@code mentoring/portfolio.xhtml?staff=}).
 */
@Named
@ViewScoped
public class PortfolioPage implements Serializable {

    @Inject
    Attestations attestations;

    @Inject
    Portfolios portfolios;

    private Long staff;
    private AttestationView attestation;
    private Checklist checklist;
    private List<PortfolioSection> sections;
    private int periodYears;

    public void load() {
        if (staff == null) {
            throw new NotFoundException("MentoringAttestation", "none");
        }
        if (attestation == null) {
            attestation = attestations.of(staff);
            checklist = portfolios.checklistOf(staff);
            sections = PortfolioSection.of(portfolios.of(staff));
            periodYears = attestations.periodYears();
        }
    }

    public Long getStaff() {
        return staff;
    }

    public void setStaff(Long staff) {
        this.staff = staff;
    }

    public AttestationView getAttestation() {
        return attestation;
    }

    public Checklist getChecklist() {
        return checklist;
    }

    public List<PortfolioSection> getSections() {
        return sections;
    }

    public int getPeriodYears() {
        return periodYears;
    }
}
