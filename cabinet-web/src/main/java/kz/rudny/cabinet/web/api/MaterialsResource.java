package kz.rudny.cabinet.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import kz.rudny.cabinet.web.support.Attachments;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.paging.Page;
import kz.rudny.cabinet.domain.paging.PageRequest;
import kz.rudny.cabinet.library.materials.boundary.FileView;
import kz.rudny.cabinet.domain.files.boundary.IncomingFile;
import kz.rudny.cabinet.library.materials.boundary.MaterialAuthoring;
import kz.rudny.cabinet.library.materials.boundary.MaterialSummary;
import kz.rudny.cabinet.library.materials.boundary.MaterialView;
import kz.rudny.cabinet.library.materials.boundary.Materials;
import kz.rudny.cabinet.library.search.boundary.FacetValue;
import kz.rudny.cabinet.library.search.boundary.FoundKind;
import kz.rudny.cabinet.library.search.boundary.LibrarySearch;
import kz.rudny.cabinet.library.search.boundary.SearchAnswer;
import kz.rudny.cabinet.library.search.boundary.SearchFacet;
import kz.rudny.cabinet.library.search.boundary.SearchQuery;
import kz.rudny.cabinet.web.support.Texts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Digital materials of the caller's school: search (the school's library or the district's shared best
 * practice, with facets), the caller's own materials, one material with its files, a file download, a new
 * draft with its files in one request, and submitting a draft for review.
 */
@Path("materials")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Materials", description = "Digital materials of the caller's school")
public class MaterialsResource {

    @Inject
    LibrarySearch search;

    @Inject
    Materials materials;

    @Inject
    MaterialAuthoring authoring;

    @Inject
    ApiLanguage language;

    @Context
    UriInfo uri;

    @Context
    HttpServletResponse servletResponse;

    @GET
    @Operation(summary = "Search the library",
            description = "Words must all match, in any of their forms (Kazakh and Russian endings, one typo in long "
                    + "words, Kazakh typed with Russian letters); \"quoted words\" match as a phrase. The school scope "
                    + "finds the caller's school's catalogue titles and published materials; the district scope finds "
                    + "materials shared with the district (district staff always search the district). Facet values "
                    + "narrow the result: OR within a facet, AND across facets; repeat a parameter for several values.")
    @APIResponse(responseCode = "200", description = "A page of hits, the total, and the facets with counts",
            content = @Content(schema = @Schema(implementation = SearchPage.class)))
    @APIResponse(responseCode = "422", description = "An unknown scope or kind",
            content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    public SearchPage search(
            @Parameter(description = "The words to find") @QueryParam("q") String q,
            @Parameter(description = "school (default) or district") @QueryParam("scope") @DefaultValue("school")
            String scope,
            @Parameter(description = "TYPE facet: a material or holding type") @QueryParam("type") List<String> type,
            @Parameter(description = "SUBJECT facet: a subject id") @QueryParam("subject") List<String> subject,
            @Parameter(description = "GRADE facet: 1 to 11") @QueryParam("grade") List<String> grade,
            @Parameter(description = "LANGUAGE facet: KK, RU or EN") @QueryParam("language") List<String> lang,
            @Parameter(description = "CORNER facet: a corner id (school scope)") @QueryParam("corner") List<String> corner,
            @Parameter(description = "ACADEMIC_YEAR facet: its first year") @QueryParam("year") List<String> year,
            @Parameter(description = "SCHOOL facet: a school id (district scope)") @QueryParam("school") List<String> school,
            @Parameter(description = "KIND facet: TITLE or MATERIAL (school scope)") @QueryParam("kind") List<String> kind,
            @QueryParam("first") @DefaultValue("0") int first,
            @Parameter(description = "1 to 100") @QueryParam("size") @DefaultValue("20") int size) {
        boolean district = switch (scope.strip().toLowerCase(Locale.ROOT)) {
            case "school", "" -> false;
            case "district" -> true;
            default -> throw new ApiInputException("scope", "api.unknownValue", "school, district");
        };
        Map<SearchFacet, Set<String>> filters = new EnumMap<>(SearchFacet.class);
        put(filters, SearchFacet.TYPE, upper(type));
        put(filters, SearchFacet.SUBJECT, subject);
        put(filters, SearchFacet.GRADE, grade);
        put(filters, SearchFacet.LANGUAGE, upper(lang));
        put(filters, SearchFacet.CORNER, corner);
        put(filters, SearchFacet.ACADEMIC_YEAR, year);
        put(filters, SearchFacet.SCHOOL, school);
        List<String> kinds = upper(kind);
        for (String k : kinds) {
            if (Stream.of(FoundKind.values()).noneMatch(f -> f.name().equals(k))) {
                throw new ApiInputException("kind", "api.unknownValue", MaterialMetadata.names(FoundKind.class, Enum::name));
            }
        }
        put(filters, SearchFacet.KIND, kinds);
        SearchAnswer answer = search.search(new SearchQuery(q, district, filters, first, size), language.language());
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        answer.facets().forEach((facet, values) -> facets.put(facet.name(), labelled(facet, values)));
        return new SearchPage(answer.total(), answer.items(), facets);
    }

    @GET
    @Path("mine")
    @Operation(summary = "The caller's own materials", description = "Every status, the latest change first.")
    @APIResponse(responseCode = "200", description = "A page of the caller's materials and their total",
            content = @Content(schema = @Schema(implementation = MinePage.class)))
    public MinePage mine(@QueryParam("first") @DefaultValue("0") int first,
                         @Parameter(description = "1 to 200") @QueryParam("size") @DefaultValue("20") int size) {
        Page<MaterialSummary> page = materials.mine(new PageRequest(first, size, null, false, null));
        return new MinePage(page.total(), page.items());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A material of the caller's school with its files",
            description = "Published materials are the school's; drafts and submitted ones only their author's and "
                    + "their reviewers'. Another school's material is 404 like a missing one.")
    @APIResponse(responseCode = "200", description = "The material with its files and its history",
            content = @Content(schema = @Schema(implementation = MaterialView.class)))
    @APIResponse(responseCode = "404", description = "No such material for the caller",
            content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    public MaterialView view(@PathParam("id") long id) {
        return materials.view(id);
    }

    @GET
    @Path("{id}/files/{fileId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a file of a material",
            description = "The file as an attachment, with its own media type and its name in UTF-8 (filename*) "
                    + "and in ASCII (filename). The file must belong to the material (a current or older version).")
    @APIResponse(responseCode = "200", description = "The file's bytes",
            content = @Content(mediaType = "application/octet-stream",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such material or file for the caller",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiProblem.class)))
    public Response download(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        MaterialView m = materials.view(id);
        boolean belongs = Stream.concat(m.files().stream(), m.olderFiles().stream()).mapToLong(FileView::id)
                .anyMatch(f -> f == fileId);
        if (!belongs) {
            throw new NotFoundException("MaterialFile", fileId);
        }
        return Attachments.of(materials.download(fileId), servletResponse);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Create a draft with its files, all or nothing",
            description = "A part \"metadata\" (a JSON object, see MaterialMetadata) and one or more parts \"file\". "
                    + "The draft and its files are stored in one transaction: when any file is refused (larger than "
                    + "the upload limit, empty, or not a PDF, DOCX, PPTX, XLSX, ODT, ODP, PNG, JPEG or GIF by its "
                    + "bytes), nothing is kept. File names are cleaned (no folders, no markup characters) and get "
                    + "the extension of their real type.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = NewMaterialUpload.class)))
    @APIResponse(responseCode = "201", description = "Created: the draft, with a Location header",
            content = @Content(schema = @Schema(implementation = MaterialView.class)))
    @APIResponse(responseCode = "422", description = "Refused input, by field, in the caller's language",
            content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    @APIResponse(responseCode = "413", description = "The request is larger than the upload limit",
            content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    public Response create(List<EntityPart> parts) throws IOException {
        String metadata = null;
        List<IncomingFile> files = new ArrayList<>();
        for (EntityPart part : parts) {
            switch (part.getName()) {
                case "metadata" -> metadata = new String(part.getContent().readAllBytes(), StandardCharsets.UTF_8);
                case "file" -> files.add(new IncomingFile(part.getFileName().map(MaterialsResource::utf8)
                        .orElse(null), part.getContent()));
                default -> throw new ApiInputException(part.getName(), "api.unknownPart");
            }
        }
        if (metadata == null) {
            throw new ApiInputException("metadata", "api.notJson");
        }
        long id = authoring.createWithFiles(MaterialMetadata.read(metadata), files);
        return Response.created(uri.getBaseUriBuilder().path(MaterialsResource.class).path(Long.toString(id)).build())
                .entity(materials.view(id)).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "Submit a draft (or a returned material) for review",
            description = "Only its author; it needs a title and at least one file. A material already submitted "
                    + "or published is refused with 422.")
    @APIResponse(responseCode = "204", description = "Submitted")
    @APIResponse(responseCode = "422", description = "Not editable now, or incomplete",
            content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    public Response submit(@PathParam("id") long id) {
        authoring.submit(id);
        return Response.noContent().build();
    }

    private List<FacetValue> labelled(SearchFacet facet, List<FacetValue> values) {
        if (facet != SearchFacet.LANGUAGE) {
            return values;
        }
        Locale locale = language.locale();
        return values.stream().map(v -> v.label() != null ? v
                : new FacetValue(v.value(), Texts.ui(locale, "language." + v.value()), v.count())).toList();
    }

    private static void put(Map<SearchFacet, Set<String>> filters, SearchFacet facet, List<String> values) {
        if (values == null) {
            return;
        }
        Set<String> kept = new LinkedHashSet<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                kept.add(v.strip());
            }
        }
        if (!kept.isEmpty()) {
            filters.put(facet, kept);
        }
    }

    private static List<String> upper(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank())
                .map(v -> v.strip().toUpperCase(Locale.ROOT)).toList();
    }

    /**
     * A part's file name as sent: browsers and curl send UTF-8 bytes in {@code filename="..."}, which a
     * multipart parser may have read as ISO-8859-1; such a name is read again as UTF-8 when that is what it is.
     */
    static String utf8(String name) {
        if (name == null || name.chars().allMatch(c -> c < 0x80) || name.chars().anyMatch(c -> c > 0xff)) {
            return name;
        }
        byte[] bytes = name.getBytes(StandardCharsets.ISO_8859_1);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            return name;
        }
    }
}
