package kz.rudny.cabinet.web.layout;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.people.boundary.Profile;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.security.ClientAddresses;
import kz.rudny.cabinet.domain.security.CurrentCaller;

/**
 * The interface language of this session: the person's saved choice, else their school's language, else
 * (before sign-in) the last choice made in this browser, else the configured default.
 */
@Named("language")
@SessionScoped
public class LanguageChoice implements Serializable {

    public static final String COOKIE = "cabinet-lang";

    @Inject
    CurrentCaller caller;

    @Inject
    Profile profile;

    @Inject
    Settings settings;

    @Inject
    ClientAddresses addresses;

    private Language current;

    public Locale getLocale() {
        return current().locale();
    }

    public String getCode() {
        return current().code();
    }

    public Language current() {
        if (current == null) {
            try {
                current = caller.isSignedIn() ? profile.language(fallback()) : fromCookie().orElse(fallback());
            } catch (RuntimeException databaseUnreachable) {
                // The page saying that the database cannot be reached is still shown, in the browser's language.
                return fromCookie().orElse(fallback());
            }
        }
        return current;
    }

    /** After sign-in: the account's language wins over what the sign-in page showed. */
    public void adoptAccountLanguage() {
        current = profile.language(fallback());
    }

    /** Switches the language, remembers it for the person (and this browser), and shows the page again. */
    public void choose(String code) throws IOException {
        Optional<Language> chosen = Language.fromCode(code);
        if (chosen.isEmpty()) {
            return;
        }
        current = chosen.get();
        if (caller.isSignedIn()) {
            profile.chooseLanguage(current);
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.addResponseCookie(COOKIE, current.code(), Map.of("maxAge", 31_536_000, "path", "/",
                "httpOnly", Boolean.TRUE, "SameSite", "Lax",
                "secure", addresses.secure((HttpServletRequest) external.getRequest())));
        // Back to the same view with its view parameters (a form posts without the ?id= of the page).
        external.redirect(faces.getApplication().getViewHandler().getBookmarkableURL(faces,
                faces.getViewRoot().getViewId(), Map.of(), true));
    }

    private Language fallback() {
        return settings.defaultLanguage();
    }

    private Optional<Language> fromCookie() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return Optional.empty();
        }
        Cookie[] cookies = ((HttpServletRequest) faces.getExternalContext().getRequest()).getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).findFirst()
                .flatMap(c -> Language.fromCode(c.getValue()));
    }
}
