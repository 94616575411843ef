package kz.rudny.cabinet.web.exchange;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.domain.subject.boundary.SubjectView;
import kz.rudny.cabinet.domain.subject.boundary.Subjects;
import kz.rudny.cabinet.library.exchange.boundary.DistrictExchange;
import kz.rudny.cabinet.library.exchange.boundary.SharedMaterialView;
import kz.rudny.cabinet.library.materials.boundary.ShareState;
import kz.rudny.cabinet.web.layout.LanguageChoice;
import kz.rudny.cabinet.web.library.LibraryForms;
import kz.rudny.cabinet.web.library.SearchPage;
import kz.rudny.cabinet.web.support.FacesForms;
import kz.rudny.cabinet.web.support.Texts;

/** A material shared with the district ({@code ?id=<shareId>}): what it is, where from, its files, its feedback. */
@Named("sharedMaterial")
@ViewScoped
public class SharedMaterialPage implements Serializable {

    @Inject
    DistrictExchange exchange;

    @Inject
    Subjects subjects;

    @Inject
    CurrentCaller caller;

    @Inject
    LanguageChoice language;

    private Long id;
    private SharedMaterialView view;
    private String reason;

    public void load() {
        if (id == null) {
            throw new NotFoundException(DistrictExchange.RECORD, "none");
        }
        if (view == null) {
            view = exchange.view(id);
        }
    }

    public void feature() throws IOException {
        if (LibraryForms.submit("curate", () -> exchange.feature(id))) {
            FacesForms.info("exchange.featuredDone");
            FacesForms.redirectTo("/exchange/material.xhtml?id=" + id);
            return;
        }
        view = exchange.view(id);
    }

    public void withdraw() throws IOException {
        if (reason == null || reason.isBlank()) {
            LibraryForms.required("withdraw", "reason");
            return;
        }
        if (LibraryForms.submit("withdraw", () -> exchange.withdraw(id, reason))) {
            FacesForms.info("exchange.withdrawnDone");
            FacesForms.redirectTo("/exchange/material.xhtml?id=" + id);
            return;
        }
        view = exchange.view(id);
    }

    public boolean isCurator() {
        return caller.has(Role.DISTRICT_METHODOLOGIST);
    }

    /** Ratings and comments are open while the material is shared (for its own school: while published). */
    public boolean isFeedbackOpen() {
        return view != null && (view.state().isVisibleInDistrict() || view.ownSchool());
    }

    public boolean isLive() {
        return view != null && view.state().isVisibleInDistrict();
    }

    public String getTitle() {
        return view == null ? "" : SharedTexts.title(view, language.current());
    }

    public String getOtherTitle() {
        return view == null ? null : SharedTexts.otherTitle(view, language.current());
    }

    public String getSubject() {
        if (view == null || view.subjectId() == null) {
            return null;
        }
        return subjects.all(language.current()).stream().filter(s -> s.id() == view.subjectId())
                .map(SubjectView::name).findFirst().orElse(null);
    }

    public String getGrades() {
        return view == null ? null : SharedTexts.grades(view.gradeFrom(), view.gradeTo());
    }

    public String getYear() {
        return view == null ? "" : SearchPage.yearLabel(Integer.toString(view.academicYear()));
    }

    public String getStateKey() {
        return view == null ? "" : "exchange.state." + view.state().name();
    }

    public boolean isFeatured() {
        return view != null && view.state() == ShareState.FEATURED;
    }

    /** A file's size for people: bytes, KB or MB, with the decimal comma or point of the language. */
    public String size(long bytes) {
        Locale locale = Texts.locale();
        if (bytes < 1024) {
            return Texts.ui("size.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return Texts.ui("size.kb", String.format(locale, "%.0f", bytes / 1024.0));
        }
        return Texts.ui("size.mb", String.format(locale, "%.1f", bytes / (1024.0 * 1024.0)));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SharedMaterialView getView() {
        return view;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
