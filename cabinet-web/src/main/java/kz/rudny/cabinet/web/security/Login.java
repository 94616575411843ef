package kz.rudny.cabinet.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import kz.rudny.cabinet.domain.people.boundary.SignIn;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.security.ClientAddresses;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.web.layout.LanguageChoice;
import kz.rudny.cabinet.web.support.FacesForms;
import kz.rudny.cabinet.web.support.Texts;

/** The sign-in form. */
@Named
@RequestScoped
public class Login {

    @Inject
    SecurityContext security;

    @Inject
    SignIn signIn;

    @Inject
    CurrentCaller caller;

    @Inject
    LanguageChoice language;

    @Inject
    Settings settings;

    @Inject
    ClientAddresses addresses;

    private String username;
    private String password;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        String user = username == null ? "" : username.strip();
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(user, new Password(password == null ? "" : password)))
                .newAuthentication(true));
        password = null;
        switch (status) {
            case SUCCESS -> {
                caller.refresh(); // this request may have looked at the caller before signing in
                request.changeSessionId();
                request.getSession().setMaxInactiveInterval(settings.idleMinutes() * 60);
                language.adoptAccountLanguage();
                FacesForms.redirectTo("/index.xhtml");
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                // A failed programmatic authentication leaves the mechanism's state in the session, after
                // which protected pages answer with an empty response: go on in a fresh session.
                external.invalidateSession();
                request.getSession(true);
                Duration wait = signIn.waitFor(user, addresses.of(request));
                String text = wait.isZero() ? Texts.ui("login.failed")
                        : Texts.ui("login.throttled", Math.max(1, (wait.toSeconds() + 59) / 60));
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            }
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
