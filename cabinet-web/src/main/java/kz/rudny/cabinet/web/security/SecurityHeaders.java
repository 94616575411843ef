package kz.rudny.cabinet.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The Content-Security-Policy for PrimeFaces' CSP mode ({@code primefaces.CSP_POLICY} in web.xml). */
@Named("securityHeaders")
@ApplicationScoped
public class SecurityHeaders {

    public String getPolicy() {
        return SecurityHeadersFilter.CSP;
    }
}
