package kz.rudny.cabinet.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import kz.rudny.cabinet.web.support.FacesForms;

/** Signing out: the session and its cookie become useless. */
@Named
@RequestScoped
public class Logout {

    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        FacesForms.redirectTo("/login.xhtml");
    }
}
