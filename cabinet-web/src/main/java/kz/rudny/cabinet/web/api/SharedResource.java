package kz.rudny.cabinet.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.rudny.cabinet.web.support.Attachments;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.library.exchange.boundary.DistrictExchange;
import kz.rudny.cabinet.library.exchange.boundary.SharedFileView;
import kz.rudny.cabinet.library.exchange.boundary.SharedMaterialView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Materials shared with the district, as every school and the district's staff read them. */
@Path("shared")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "District exchange", description = "Best practice shared by the schools with the district")
public class SharedResource {

    @Inject
    DistrictExchange exchange;

    @Context
    HttpServletResponse servletResponse;

    @GET
    @Path("{shareId}")
    @Operation(summary = "A shared material with its school of origin and its files",
            description = "A withdrawn one only for district methodologists and its own school.")
    @APIResponse(responseCode = "200", description = "The shared material",
            content = @Content(schema = @Schema(implementation = SharedMaterialView.class)))
    @APIResponse(responseCode = "404", description = "No such shared material for the caller",
            content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    public SharedMaterialView view(@PathParam("shareId") long shareId) {
        return exchange.view(shareId);
    }

    @GET
    @Path("{shareId}/files/{fileId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a file of a shared material", description = "Counts the download.")
    @APIResponse(responseCode = "200", description = "The file's bytes, as an attachment",
            content = @Content(mediaType = "application/octet-stream",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such shared material or file for the caller",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiProblem.class)))
    public Response download(@PathParam("shareId") long shareId, @PathParam("fileId") long fileId) {
        SharedMaterialView share = exchange.view(shareId);
        if (share.files().stream().mapToLong(SharedFileView::id).noneMatch(f -> f == fileId)) {
            throw new NotFoundException("DistrictShareFile", fileId);
        }
        return Attachments.of(exchange.download(fileId), servletResponse);
    }
}
