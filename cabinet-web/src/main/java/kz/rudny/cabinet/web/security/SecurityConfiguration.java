package kz.rudny.cabinet.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/** Jakarta Security: a Faces sign-in form; accounts come from the database (AccountIdentityStore). */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
@DeclareRoles({"TEACHER", "MENTOR", "ASSOCIATION_HEAD", "SCHOOL_METHODOLOGIST", "DISTRICT_METHODOLOGIST",
        "DISTRICT_ADMINISTRATOR"})
@FacesConfig
@ApplicationScoped
public class SecurityConfiguration {
}
