package kz.rudny.cabinet.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Who the credentials sign in as: lets a client check its user name and password before it does anything, and is
 * the trivial signed-in request the events benchmark measures registrations against (the same sign-in, no work).
 */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account", description = "The signed-in account")
public class MeResource {

    @Inject
    CurrentCaller caller;

    @Inject
    ApiLanguage language;

    /** The signed-in account as the API shows it. */
    @Schema(name = "Me")
    @JsonbPropertyOrder({"username", "fullName", "schoolId", "roles", "language"})
    public record Me(@Schema(example = "g3.teacher") String username,
                     @Schema(example = "Қасымова Әйгерім Нұрланқызы") String fullName,
                     @Schema(description = "Null for the district's people", example = "1") Long schoolId,
                     List<Role> roles,
                     @Schema(description = "The language of messages for this request") Language language) {
    }

    @GET
    @Operation(summary = "The signed-in account", description = "User name, name, school, roles and the language "
            + "messages are given in (Accept-Language, else the account's).")
    @APIResponse(responseCode = "200", description = "The account",
            content = @Content(schema = @Schema(implementation = Me.class)))
    public Me me() {
        return new Me(caller.getUsername(), caller.getFullName(), caller.schoolId().orElse(null),
                caller.roles().stream().sorted().toList(), language.language());
    }
}
