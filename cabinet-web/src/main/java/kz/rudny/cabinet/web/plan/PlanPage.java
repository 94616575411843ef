package kz.rudny.cabinet.web.plan;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.events.plan.boundary.ExportLayout;
import kz.rudny.cabinet.events.plan.boundary.PlanItemView;
import kz.rudny.cabinet.events.plan.boundary.PlanTerm;
import kz.rudny.cabinet.events.plan.boundary.PlanView;
import kz.rudny.cabinet.events.plan.boundary.Plans;
import kz.rudny.cabinet.web.support.FacesForms;
import kz.rudny.cabinet.web.support.Texts;

/**
 * The school's plan of a chosen academic year: the fulfilment per quarter and for the year, the items by term
 * with overdue ones marked in words, the export links, and for the methodologist deleting items and starting
 * next year's plan from this one.
 */
@Named
@ViewScoped
public class PlanPage implements Serializable {

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    @Inject
    Plans plans;

    private List<Integer> years;
    private int year;
    private PlanView plan;
    private String exportLanguage;
    private ExportLayout exportLayout = ExportLayout.BY_QUARTER;

    @PostConstruct
    void load() {
        years = plans.years();
        year = AcademicYear.of(plans.today()).startYear();
        String language = Texts.locale().getLanguage();
        exportLanguage = "ru".equals(language) ? "ru" : "kk";
        show();
    }

    /** Reads the chosen year's plan again. */
    public void show() {
        plan = plans.plan(year);
    }

    public void delete(long itemId) {
        if (FacesForms.submit("plan", () -> plans.delete(itemId))) {
            FacesForms.info("plan.deleted");
        }
        show();
    }

    public void startNextYear() {
        if (FacesForms.submit("plan", () -> plans.startNextYear(year))) {
            FacesForms.info("plan.nextYearStarted", new AcademicYear(year).next().toString());
            years = plans.years();
            if (!years.contains(year + 1)) {
                years.add(0, year + 1);
            }
        }
        show();
    }

    /** A term as people write it: "November 2026", "Quarter II". */
    public String termLabel(PlanTerm term) {
        if (term == null) {
            return "";
        }
        return term.isQuarter() ? Texts.ui("plan.term.quarter", ROMAN[term.quarterTerm().ordinal()])
                : Texts.ui("plan.month." + term.month().getMonthValue()) + " " + term.month().getYear();
    }

    public String yearLabel(int startYear) {
        return new AcademicYear(startYear).toString();
    }

    public String exportLink(String format) {
        return "plan/export?year=" + year + "&format=" + format + "&lang=" + exportLanguage + "&layout=" + exportLayout;
    }

    public List<PlanItemView> getItems() {
        return plan.items();
    }

    public List<Integer> getYears() {
        return years;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public PlanView getPlan() {
        return plan;
    }

    public String getExportLanguage() {
        return exportLanguage;
    }

    public void setExportLanguage(String exportLanguage) {
        this.exportLanguage = "ru".equals(exportLanguage) ? "ru" : "kk";
    }

    public ExportLayout getExportLayout() {
        return exportLayout;
    }

    public void setExportLayout(ExportLayout exportLayout) {
        this.exportLayout = exportLayout == null ? ExportLayout.BY_QUARTER : exportLayout;
    }

    public ExportLayout[] getLayouts() {
        return ExportLayout.values();
    }
}
