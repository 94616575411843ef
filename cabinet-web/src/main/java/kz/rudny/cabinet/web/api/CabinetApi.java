package kz.rudny.cabinet.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The JSON REST API under {@code /api}: digital materials, the district exchange, events (listing,
 * registering, the caller's registrations; drafts and publication for organisers), and the dashboard's figures.
 * Every request signs in with HTTP Basic ({@link BasicAuthentication}); errors are {@link ApiProblem}s
 * ({@link ApiErrors}). Payara serves the OpenAPI document at {@code /openapi}.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Methodical cabinet of the Rudny schools", version = "1",
                description = "Digital materials: search, read, download, create with files, submit; the district "
                        + "exchange; events: list, read, register, cancel, one's registrations, create and publish; the "
                        + "dashboard's figures (the district's schools side by side, a school's own with the district "
                        + "average). "
                        + "Every call signs in with HTTP Basic (the cabinet's own accounts and roles). "
                        + "Messages follow Accept-Language (kk, ru, en), else the account's language."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class CabinetApi extends Application {
}
