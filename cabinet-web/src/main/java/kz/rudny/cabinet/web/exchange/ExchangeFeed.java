package kz.rudny.cabinet.web.exchange;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.library.exchange.boundary.DistrictExchange;
import kz.rudny.cabinet.library.exchange.boundary.SharedMaterialView;
import kz.rudny.cabinet.web.layout.LanguageChoice;
import kz.rudny.cabinet.web.library.LibraryForms;
import kz.rudny.cabinet.web.support.FacesForms;
import kz.rudny.cabinet.web.support.LazyPage;

/**
 * The district feed of shared best practice, newest first ({@code ?featured=true} for featured only; district
 * methodologists {@code &withdrawn=true} to see withdrawn ones too), where district methodologists feature
 * and withdraw.
 */
@Named
@ViewScoped
public class ExchangeFeed implements Serializable {

    @Inject
    DistrictExchange exchange;

    @Inject
    CurrentCaller caller;

    @Inject
    LanguageChoice language;

    private boolean featured;
    private boolean withdrawn;
    private LazyPage<SharedMaterialView> rows;
    private Long withdrawing;
    private String reason;

    @PostConstruct
    void init() {
        rows = page();
    }

    /** After the view parameters: the feed as the address asks for it. */
    public void load() {
        if (!isCurator()) {
            withdrawn = false;
        }
        rows = page();
    }

    private LazyPage<SharedMaterialView> page() {
        DistrictExchange boundary = exchange;
        boolean onlyFeatured = featured;
        boolean alsoWithdrawn = withdrawn;
        return new LazyPage<>(r -> boundary.feed(r, onlyFeatured, alsoWithdrawn), SharedMaterialView::shareId);
    }

    public boolean isCurator() {
        return caller.has(Role.DISTRICT_METHODOLOGIST);
    }

    public void feature(long shareId) {
        if (LibraryForms.submit("feed", () -> exchange.feature(shareId))) {
            FacesForms.info("exchange.featuredDone");
        }
    }

    public void startWithdraw(long shareId) {
        withdrawing = shareId;
        reason = null;
    }

    public void withdraw() {
        if (withdrawing == null) {
            return;
        }
        if (reason == null || reason.isBlank()) {
            LibraryForms.required("withdraw", "reason");
            return;
        }
        long id = withdrawing;
        if (LibraryForms.submit("withdraw", () -> exchange.withdraw(id, reason))) {
            FacesForms.info("exchange.withdrawnDone");
            withdrawing = null;
            reason = null;
        }
    }

    public String title(SharedMaterialView v) {
        return SharedTexts.title(v, language.current());
    }

    public String toggleUrl(String which) {
        boolean f = "featured".equals(which) ? !featured : featured;
        boolean w = "withdrawn".equals(which) ? !withdrawn : withdrawn;
        StringBuilder url = new StringBuilder(jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext().getRequestContextPath()).append("/exchange/feed.xhtml");
        String sep = "?";
        if (f) {
            url.append(sep).append("featured=true");
            sep = "&";
        }
        if (w && isCurator()) {
            url.append(sep).append("withdrawn=true");
        }
        return url.toString();
    }

    public LazyPage<SharedMaterialView> getRows() {
        return rows;
    }

    public boolean isFeatured() {
        return featured;
    }

    public void setFeatured(boolean featured) {
        this.featured = featured;
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }

    public void setWithdrawn(boolean withdrawn) {
        this.withdrawn = withdrawn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
