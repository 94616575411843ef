package kz.rudny.cabinet.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;

/**
 * Jakarta Security: the roles; the sign-in mechanism is {@link SessionSignIn} (a Faces sign-in form, accounts
 * from the database through AccountIdentityStore).
 */
@DeclareRoles({"TEACHER", "MENTOR", "ASSOCIATION_HEAD", "SCHOOL_METHODOLOGIST", "DISTRICT_METHODOLOGIST",
        "DISTRICT_ADMINISTRATOR"})
@FacesConfig
@ApplicationScoped
public class SecurityConfiguration {
}
