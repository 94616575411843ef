package kz.rudny.cabinet.web.attestation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import kz.rudny.cabinet.domain.people.boundary.QualificationCategory;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.mentoring.attestation.boundary.AchievementLevel;
import kz.rudny.cabinet.mentoring.attestation.boundary.AttestationView;
import kz.rudny.cabinet.mentoring.attestation.boundary.Attestations;
import kz.rudny.cabinet.mentoring.attestation.boundary.Checklist;
import kz.rudny.cabinet.mentoring.attestation.boundary.EvidenceForm;
import kz.rudny.cabinet.mentoring.attestation.boundary.EvidenceKind;
import kz.rudny.cabinet.mentoring.attestation.boundary.EvidenceView;
import kz.rudny.cabinet.mentoring.attestation.boundary.Portfolios;
import kz.rudny.cabinet.mentoring.courses.boundary.CourseView;
import kz.rudny.cabinet.web.layout.LanguageChoice;
import kz.rudny.cabinet.web.support.FacesForms;
import kz.rudny.cabinet.web.support.Uploads;
import kz.rudny.cabinet.web.support.WorkLinks;

/**
 * "My attestation": the caller's category, last attestation and the next one due; the category and year they aim
 * at and the readiness checklist for it; their portfolio by section, to which they add evidence (a file optional)
 * and from which they remove it.
 */
@Named
@ViewScoped
public class MyAttestationPage implements Serializable {

    @Inject
    Attestations attestations;

    @Inject
    Portfolios portfolios;

    @Inject
    Settings settings;

    @Inject
    LanguageChoice language;

    private AttestationView attestation;
    private Checklist checklist;
    private List<PortfolioSection> sections;
    private List<CourseView> courses;
    private int periodYears;
    private QualificationCategory targetCategory;
    private Integer targetYear;
    private EvidenceForm form;
    private List<WorkLinks.Choice> workChoices = List.of();
    private transient Part file;

    public void load() {
        if (attestation == null) {
            read();
            form = new EvidenceForm();
        }
    }

    private void read() {
        attestation = attestations.mine();
        targetCategory = attestation.targetCategory();
        targetYear = attestation.targetYear();
        checklist = portfolios.checklist();
        sections = PortfolioSection.of(portfolios.mine());
        courses = portfolios.confirmedCourses();
        periodYears = attestations.periodYears();
    }

    /** Sets (or, without a category, clears) the target; the checklist follows it. */
    public void aim() {
        if (FacesForms.submit("target", () -> attestations.aimAt(targetCategory, targetYear, attestation.version()))) {
            FacesForms.info(targetCategory == null ? "attestation.targetCleared" : "attestation.targetSet");
            read();
        }
    }

    /** Adds the evidence with the file when one was chosen; a refusal is shown by the fields. */
    public void add() throws IOException {
        if (Uploads.submit("evidence", file, f -> portfolios.add(form, f))) {
            FacesForms.info("attestation.added");
            form = new EvidenceForm();
            workChoices = List.of();
            read();
        }
    }

    /** The kind chosen: a publication or an open lesson offers the caller's own recorded materials or events. */
    public void kindChanged() {
        form.setLinkRef(null);
        workChoices = List.of();
        if (form.getKind() != null) {
            FacesForms.submit("evidence", () -> workChoices = WorkLinks.choices(portfolios.workChoices(form.getKind()),
                    language.current()));
        }
    }

    public List<WorkLinks.Choice> getWorkChoices() {
        return workChoices;
    }

    public void remove(EvidenceView piece) {
        if (FacesForms.submit("portfolio", () -> portfolios.remove(piece.id()))) {
            FacesForms.info("attestation.removed");
            read();
        }
    }

    /** The categories above the caller's. */
    public List<QualificationCategory> getCategories() {
        return CategoriesAbove.of(attestation.category());
    }

    /** The years one may aim at: this one and those the boundary allows ahead. */
    public List<Integer> getYears() {
        int thisYear = LocalDate.now(settings.timeZone()).getYear();
        return IntStream.rangeClosed(thisYear, thisYear + Attestations.MAX_YEARS_AHEAD).boxed().toList();
    }

    public EvidenceKind[] getKinds() {
        return EvidenceKind.values();
    }

    public AchievementLevel[] getLevels() {
        return AchievementLevel.values();
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

    public List<CourseView> getCourses() {
        return courses;
    }

    public int getPeriodYears() {
        return periodYears;
    }

    public QualificationCategory getTargetCategory() {
        return targetCategory;
    }

    public void setTargetCategory(QualificationCategory targetCategory) {
        this.targetCategory = targetCategory;
    }

    public Integer getTargetYear() {
        return targetYear;
    }

    public void setTargetYear(Integer targetYear) {
        this.targetYear = targetYear;
    }

    public EvidenceForm getForm() {
        return form;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
