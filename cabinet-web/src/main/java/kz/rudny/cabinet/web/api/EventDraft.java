package kz.rudny.cabinet.web.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.rudny.cabinet.events.activities.boundary.ActivityForm;
import kz.rudny.cabinet.events.activities.boundary.ActivityKind;
import kz.rudny.cabinet.events.activities.boundary.ActivityLevel;
import kz.rudny.cabinet.events.activities.boundary.Audience;
import kz.rudny.cabinet.events.activities.boundary.PresenterForm;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of a new event: a JSON object with the fields of the organiser's form, read field by field onto the
 * boundary's blank form (a school's event for the school, or a district event), so that a wrong value is refused
 * by its name (422); enum values in any case, times as ISO-8601 local date-times in school time
 * ({@code 2026-12-07T10:00}); unknown fields are ignored. The boundary checks the rest (required fields, times in
 * order, a place, the registration window).
 */
@Schema(name = "NewEvent", description = "A new event, a draft until published. Required: kind, titleKk or titleRu, "
        + "startsAt, endsAt, a place (roomId, place or onlineLink), capacity, registrationOpensAt, registrationClosesAt.")
public final class EventDraft {

    @Schema(required = true, implementation = ActivityKind.class, example = "MASTER_CLASS")
    public ActivityKind kind;
    @Schema(implementation = ActivityLevel.class, description = "Default SCHOOL for a school, TOWN for the district")
    public ActivityLevel level;
    @Schema(implementation = Audience.class, description = "SCHOOL (default for a school) or TOWN; the district's "
            + "are DISTRICT")
    public Audience audience;
    @Schema(description = "At most 300", example = "Функционалдық сауаттылық: шеберлік сыныбы")
    public String titleKk;
    @Schema(description = "At most 300", example = "Функциональная грамотность: мастер-класс")
    public String titleRu;
    @Schema(description = "At most 4000")
    public String description;
    @Schema(required = true, example = "2026-12-07T10:00")
    public LocalDateTime startsAt;
    @Schema(required = true, example = "2026-12-07T12:00")
    public LocalDateTime endsAt;
    @Schema(description = "A room of the organising school, booked for the event")
    public Long roomId;
    @Schema(description = "An address, at most 300", example = "Актовый зал")
    public String place;
    @Schema(description = "An https:// link")
    public String onlineLink;
    @Schema(required = true, minimum = "1", maximum = "2000", example = "30")
    public Integer capacity;
    @Schema(required = true, example = "2026-12-01T09:00")
    public LocalDateTime registrationOpensAt;
    @Schema(required = true, example = "2026-12-06T18:00")
    public LocalDateTime registrationClosesAt;
    @Schema(description = "Guests by name (texts), or objects {\"staffId\": …} for the school's staff")
    public List<String> presenters;

    private EventDraft() {
    }

    /** The blank form filled with what the JSON says; refuses what is not JSON or a field of the wrong kind. */
    static ActivityForm read(String json, ActivityForm blank) {
        JsonObject o;
        try (JsonReader reader = Json.createReader(new StringReader(json == null ? "" : json))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new ApiInputException("event", "api.eventNotJson");
            }
            o = value.asJsonObject();
        } catch (JsonException | IllegalStateException malformed) {
            throw new ApiInputException("event", "api.eventNotJson");
        }
        ActivityForm form = blank;
        form.setKind(choice(o, "kind", ActivityKind.class, form.getKind()));
        form.setLevel(choice(o, "level", ActivityLevel.class, form.getLevel()));
        form.setAudience(choice(o, "audience", Audience.class, form.getAudience()));
        form.setTitleKk(text(o, "titleKk"));
        form.setTitleRu(text(o, "titleRu"));
        form.setDescription(text(o, "description"));
        form.setStartsAt(time(o, "startsAt"));
        form.setEndsAt(time(o, "endsAt"));
        form.setRoomId(whole(o, "roomId"));
        form.setPlace(text(o, "place"));
        form.setOnlineLink(text(o, "onlineLink"));
        Long capacity = whole(o, "capacity");
        if (capacity != null && (capacity < Integer.MIN_VALUE || capacity > Integer.MAX_VALUE)) {
            throw new ApiInputException("capacity", "api.notWholeNumber");
        }
        form.setCapacity(capacity == null ? null : capacity.intValue());
        form.setRegistrationOpensAt(time(o, "registrationOpensAt"));
        form.setRegistrationClosesAt(time(o, "registrationClosesAt"));
        form.setPresenters(presenters(o));
        return form;
    }

    private static List<PresenterForm> presenters(JsonObject o) {
        JsonValue v = o.get("presenters");
        List<PresenterForm> found = new ArrayList<>();
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return found;
        }
        if (v.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new ApiInputException("presenters", "api.notText");
        }
        for (JsonValue p : v.asJsonArray()) {
            if (p instanceof JsonString s) {
                found.add(new PresenterForm(null, s.getString()));
            } else if (p.getValueType() == JsonValue.ValueType.OBJECT) {
                found.add(new PresenterForm(whole(p.asJsonObject(), "staffId"), text(p.asJsonObject(), "guestName")));
            } else {
                throw new ApiInputException("presenters", "api.notText");
            }
        }
        return found;
    }

    private static String text(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        throw new ApiInputException(field, "api.notText");
    }

    private static Long whole(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        try {
            if (v instanceof JsonNumber n) {
                return n.longValueExact();
            }
            if (v instanceof JsonString s && !s.getString().isBlank()) {
                return Long.parseLong(s.getString().strip());
            }
        } catch (ArithmeticException | NumberFormatException notWhole) {
            // refused below
        }
        throw new ApiInputException(field, "api.notWholeNumber");
    }

    private static LocalDateTime time(JsonObject o, String field) {
        String value = text(o, field);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip());
        } catch (DateTimeParseException notTime) {
            throw new ApiInputException(field, "api.notDateTime");
        }
    }

    private static <E extends Enum<E>> E choice(JsonObject o, String field, Class<E> type, E fallback) {
        String value = text(o, field);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new ApiInputException(field, "api.unknownValue", MaterialMetadata.names(type, Enum::name));
        }
    }
}
