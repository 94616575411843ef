package kz.rudny.cabinet.web.mentoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.mentoring.pairs.boundary.MentorReports;
import kz.rudny.cabinet.mentoring.pairs.boundary.Recommendation;
import kz.rudny.cabinet.mentoring.pairs.boundary.ReportForm;
import kz.rudny.cabinet.mentoring.pairs.boundary.ReportView;
import kz.rudny.cabinet.web.support.FacesForms;

/**
 * The report part of a pair's page: the figures the cabinet gathered from the pair's log, the mentor's texts and
 * recommendation. The mentor saves and submits them until the report is signed off; the school methodologist signs
 * off a submitted report.
 */
@Named
@ViewScoped
public class ReportPart implements Serializable {

    @Inject
    MentorReports reports;

    @Inject
    PairPage page;

    @Inject
    CurrentCaller caller;

    private ReportView view;
    private ReportForm form;

    private void read() {
        view = reports.view(page.getPairId());
        form = view.pair().mentor() && !view.signed() ? reports.form(page.getPairId()) : null;
    }

    public void save() {
        if (FacesForms.submit("report", () -> reports.save(page.getPairId(), form))) {
            FacesForms.info("mentoring.reportSaved");
            read();
        }
    }

    public void submit() {
        if (FacesForms.submit("report", () -> reports.submit(page.getPairId(), form))) {
            FacesForms.info("mentoring.reportSubmittedInfo");
            read();
        }
    }

    public void signOff() {
        if (FacesForms.submit("signing", () -> reports.signOff(page.getPairId()))) {
            FacesForms.info("mentoring.reportSignedOff");
            read();
        }
    }

    public ReportView getView() {
        if (view == null) {
            read();
        }
        return view;
    }

    /** Whether the caller writes the report: its mentor, until it is signed off. */
    public boolean isEditable() {
        return getView() != null && form != null;
    }

    public boolean isMaySignOff() {
        return caller.has(Role.SCHOOL_METHODOLOGIST) && getView().submitted() && !getView().signed();
    }

    public Recommendation[] getRecommendations() {
        return Recommendation.values();
    }

    public ReportForm getForm() {
        return form;
    }
}
