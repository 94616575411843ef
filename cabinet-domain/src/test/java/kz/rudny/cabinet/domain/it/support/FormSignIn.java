package kz.rudny.cabinet.domain.it.support;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Jakarta Security as the web module configures it (cabinet-web ...web.security.SecurityConfiguration), minus
 * Faces: a custom form mechanism whose identity store is the domain's AccountIdentityStore. Tests sign in
 * through it with SecurityContext.authenticate (see {@link CurrentExchange}).
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login", useForwardToLogin = false, errorPage = ""))
@DeclareRoles({"TEACHER", "MENTOR", "ASSOCIATION_HEAD", "SCHOOL_METHODOLOGIST", "DISTRICT_METHODOLOGIST",
        "DISTRICT_ADMINISTRATOR"})
@ApplicationScoped
public class FormSignIn {
}
