package kz.rudny.cabinet.web.library;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import kz.rudny.cabinet.domain.calendar.PaperDates;
import kz.rudny.cabinet.domain.certificates.boundary.CertificateCheck;
import kz.rudny.cabinet.domain.certificates.boundary.CertificateStatement;
import kz.rudny.cabinet.web.support.Texts;

/**
 * The public check of a publication certificate ({@code /verify.xhtml?code=7KQ2-M9XD-4TRB}, no sign-in): either
 * exactly what the certificate states, or one and the same "no certificate with this code" for a code that is
 * malformed and for one that does not exist.
 */
@Named
@ViewScoped
public class VerifyPage implements Serializable {

    /** Longer than any way of typing a code; the boundary refuses anything over 40 characters. */
    static final int MAX_TYPED = 60;

    @Inject
    CertificateCheck check;

    private String code;
    private boolean checked;
    private CertificateStatement statement;

    /** With {@code ?code=}: checks at once. */
    public void load() {
        String typed = code == null ? "" : code.strip();
        if (typed.isEmpty()) {
            checked = false;
            statement = null;
            return;
        }
        checked = true;
        statement = typed.length() > MAX_TYPED ? null : check.check(typed).orElse(null);
        if (statement != null) {
            code = statement.code();
        }
    }

    /** The form: to the page's own address with the code, so the answer can be bookmarked and reloaded. */
    public void submit() throws IOException {
        String typed = code == null ? "" : code.strip();
        if (typed.length() > MAX_TYPED) {
            typed = typed.substring(0, MAX_TYPED);
        }
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/verify.xhtml"
                + (typed.isEmpty() ? "" : "?code=" + URLEncoder.encode(typed, StandardCharsets.UTF_8)));
    }

    /** The certificate's own sentence: approved in the school on a date, or featured as town best practice. */
    public String getKindSentence() {
        if (statement == null) {
            return "";
        }
        String kind = "verify.kind." + statement.kind().name();
        return statement.dated() == null ? Texts.ui(kind)
                : Texts.ui(kind + ".dated", date(statement.dated()));
    }

    public String date(LocalDate d) {
        return d == null ? "" : d.format(PaperDates.DAY);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public boolean isChecked() {
        return checked;
    }

    public boolean isGenuine() {
        return statement != null;
    }

    public CertificateStatement getStatement() {
        return statement;
    }
}
