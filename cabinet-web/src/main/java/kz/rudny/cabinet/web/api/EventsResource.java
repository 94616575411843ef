package kz.rudny.cabinet.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.events.activities.boundary.Activities;
import kz.rudny.cabinet.events.activities.boundary.ActivityKind;
import kz.rudny.cabinet.events.activities.boundary.ActivityLevel;
import kz.rudny.cabinet.events.activities.boundary.Registrations;
import kz.rudny.cabinet.events.activities.boundary.Seat;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Events (master classes, seminars, conferences…): the published events of a period the caller may see (their
 * school's own, other schools' open ones, the district's), one event with its places and the caller's seat,
 * registering and cancelling, the caller's registrations; and for organisers a new draft and its publication.
 * Another school's own event and someone else's draft are 404 like a missing one; a refused registration (closed,
 * already registered, not staff) is 422 with the reason in the caller's language.
 */
@Path("events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "Events of the schools and the district, and registering for them")
public class EventsResource {

    /** The longest period a list may ask for. */
    static final int MAX_DAYS = 366;

    @Inject
    Activities activities;

    @Inject
    Registrations registrations;

    @Inject
    ApiLanguage language;

    @Inject
    Settings settings;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The events of a period the caller may see",
            description = "Published (and held or cancelled) events starting between from and to, both days "
                    + "included, by start: the caller's school's own, other schools' open to the town, the "
                    + "district's. Default from today to 90 days on; at most 366 days.")
    @APIResponse(responseCode = "200", description = "The events with their places and the caller's seat",
            content = @Content(schema = @Schema(implementation = EventsPage.class)))
    @APIResponse(responseCode = "422", description = "A date that is not YYYY-MM-DD, a period the wrong way round "
            + "or too long, an unknown kind or level",
            content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    public EventsPage list(
            @Parameter(description = "The first day, YYYY-MM-DD (default today)") @QueryParam("from") String from,
            @Parameter(description = "The last day, YYYY-MM-DD (default from + 90 days)") @QueryParam("to") String to,
            @Parameter(description = "MASTER_CLASS, SEMINAR, CONFERENCE, ROUND_TABLE, OPEN_LESSON, "
                    + "LESSON_STUDY_LESSON or PEDAGOGICAL_COUNCIL") @QueryParam("kind") String kind,
            @Parameter(description = "SCHOOL, TOWN, REGION, REPUBLIC or INTERNATIONAL") @QueryParam("level")
            String level) {
        LocalDate first = day("from", from, LocalDate.now(settings.timeZone()));
        LocalDate last = day("to", to, first.plusDays(90));
        if (last.isBefore(first)) {
            throw new ApiInputException("to", "api.periodOrder");
        }
        if (ChronoUnit.DAYS.between(first, last) > MAX_DAYS) {
            throw new ApiInputException("to", "api.periodTooLong", MAX_DAYS);
        }
        boolean kazakh = kazakh();
        List<EventSummary> items = activities.between(first, last, choice("kind", kind, ActivityKind.class),
                choice("level", level, ActivityLevel.class)).stream().map(v -> EventSummary.of(v, kazakh)).toList();
        return new EventsPage(first, last, items.size(), items);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One event with its places and the caller's seat",
            description = "Another school's own event, someone else's draft or a missing one: 404.")
    @APIResponse(responseCode = "200", description = "The event",
            content = @Content(schema = @Schema(implementation = EventDetails.class)))
    @APIResponse(responseCode = "404", description = "No such event for the caller",
            content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    public EventDetails view(@PathParam("id") long id) {
        return EventDetails.of(activities.view(id), kazakh());
    }

    @POST
    @Path("{id}/registration")
    @Operation(summary = "Register the caller",
            description = "While registration is open: a place while there are places, else the next place in the "
                    + "queue (position 1 for the first waiting). Parallel registrations are served one after "
                    + "another under the event's lock: exactly capacity get a place.")
    @APIResponse(responseCode = "201", description = "Registered or waiting",
            content = @Content(schema = @Schema(implementation = SeatAnswer.class)))
    @APIResponse(responseCode = "422", description = "Registration not open, already registered, not staff of a school",
            content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    @APIResponse(responseCode = "404", description = "No such event for the caller",
            content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    public Response register(@PathParam("id") long id) {
        Seat seat = registrations.register(id);
        return Response.created(uri.getBaseUriBuilder().path(EventsResource.class).path(Long.toString(id))
                        .path("registration").build())
                .entity(new SeatAnswer(id, seat.status(), seat.position())).type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    @DELETE
    @Path("{id}/registration")
    @Operation(summary = "Cancel the caller's registration",
            description = "Until the event starts; a freed place goes to the first waiting, who is told.")
    @APIResponse(responseCode = "204", description = "Cancelled")
    @APIResponse(responseCode = "422", description = "Not registered, or the event has begun",
            content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    public Response cancel(@PathParam("id") long id) {
        registrations.cancel(id);
        return Response.noContent().build();
    }

    @GET
    @Path("registrations/mine")
    @Operation(summary = "The caller's registrations",
            description = "Places and places in the queue (not cancelled ones), by the event's start.")
    @APIResponse(responseCode = "200", description = "The caller's registrations",
            content = @Content(schema = @Schema(implementation = RegistrationsPage.class)))
    public RegistrationsPage mine() {
        boolean kazakh = kazakh();
        List<RegistrationItem> items = registrations.mine().stream().map(r -> RegistrationItem.of(r, kazakh)).toList();
        return new RegistrationsPage(items.size(), items);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a draft event (organisers)",
            description = "A school methodologist or an association head makes the school's events (audience SCHOOL "
                    + "or TOWN), a district methodologist the district's. The draft is seen by its organisers only "
                    + "until published.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EventDraft.class)))
    @APIResponse(responseCode = "201", description = "Created: the draft, with a Location header",
            content = @Content(schema = @Schema(implementation = EventDetails.class)))
    @APIResponse(responseCode = "422", description = "Refused input, by field, in the caller's language; or the "
            + "caller does not organise events", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    public Response create(String body) {
        long id = activities.create(EventDraft.read(body, activities.blank()));
        return Response.created(uri.getBaseUriBuilder().path(EventsResource.class).path(Long.toString(id)).build())
                .entity(EventDetails.of(activities.view(id), kazakh())).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @POST
    @Path("{id}/publication")
    @Operation(summary = "Publish a draft (its organisers)",
            description = "The audience is told in the inbox; registration opens at its time. A draft that starts "
                    + "in the past or an event already published: 422.")
    @APIResponse(responseCode = "200", description = "Published: the event",
            content = @Content(schema = @Schema(implementation = EventDetails.class)))
    @APIResponse(responseCode = "422", description = "Not a draft, or its start has passed",
            content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    @APIResponse(responseCode = "404", description = "No such event the caller organises",
            content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    public EventDetails publish(@PathParam("id") long id) {
        activities.publish(id);
        return EventDetails.of(activities.view(id), kazakh());
    }

    private boolean kazakh() {
        return language.language() == Language.KK;
    }

    private static LocalDate day(String field, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException notDay) {
            throw new ApiInputException(field, "api.notDate");
        }
    }

    private static <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new ApiInputException(field, "api.unknownValue", MaterialMetadata.names(type, Enum::name));
        }
    }
}
