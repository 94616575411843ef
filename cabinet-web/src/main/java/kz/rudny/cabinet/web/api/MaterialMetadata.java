package kz.rudny.cabinet.web.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.library.materials.boundary.MaterialForm;
import kz.rudny.cabinet.library.materials.boundary.MaterialType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The {@code metadata} part of a new material: a JSON object with the fields of the web form. Read field by
 * field so that a wrong value is refused by its name (422) rather than as an unreadable body; enum values
 * are taken in any case ({@code "kk"}, {@code "lesson_plan"}); {@code tags} is a comma-separated text or an
 * array of texts; unknown fields are ignored.
 */
@Schema(name = "MaterialMetadata", description = "The description of a new material (the fields of the web form). "
        + "At least one title; type, language and academicYear are required.")
public final class MaterialMetadata {

    @Schema(description = "Title in Kazakh (at most 300)", example = "Сабақ жоспары: бөлшектер")
    public String titleKk;
    @Schema(description = "Title in Russian (at most 300)", example = "План урока: дроби")
    public String titleRu;
    @Schema(description = "At most 4000 characters")
    public String description;
    @Schema(description = "A subject's id")
    public Long subjectId;
    @Schema(minimum = "1", maximum = "11", example = "5")
    public Integer gradeFrom;
    @Schema(minimum = "1", maximum = "11", example = "6")
    public Integer gradeTo;
    @Schema(required = true, implementation = MaterialType.class, example = "LESSON_PLAN")
    public MaterialType type;
    @Schema(required = true, enumeration = {"KK", "RU", "EN"}, example = "KK")
    public String language;
    @Schema(description = "A methodical association of the caller's school")
    public Long associationId;
    @Schema(required = true, description = "The first calendar year of the academic year", example = "2025")
    public Integer academicYear;
    @Schema(type = SchemaType.STRING, description = "Comma-separated tags (or an array of texts), at most 500 characters",
            example = "математика, 5 сынып")
    public String tags;

    private MaterialMetadata() {
    }

    /** The form the JSON describes; refuses what is not JSON or a field of the wrong kind. */
    static MaterialForm read(String json) {
        JsonObject o;
        try (JsonReader reader = Json.createReader(new StringReader(json == null ? "" : json))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new ApiInputException("metadata", "api.notJson");
            }
            o = value.asJsonObject();
        } catch (JsonException | IllegalStateException malformed) {
            throw new ApiInputException("metadata", "api.notJson");
        }
        MaterialForm form = new MaterialForm();
        form.setTitleKk(text(o, "titleKk"));
        form.setTitleRu(text(o, "titleRu"));
        form.setDescription(text(o, "description"));
        form.setSubjectId(whole(o, "subjectId"));
        form.setGradeFrom(integer(o, "gradeFrom"));
        form.setGradeTo(integer(o, "gradeTo"));
        form.setType(choice(o, "type", MaterialType.class));
        form.setLanguage(choice(o, "language", Language.class));
        form.setAssociationId(whole(o, "associationId"));
        form.setAcademicYear(integer(o, "academicYear"));
        form.setTags(tags(o));
        return form;
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

    private static Integer integer(JsonObject o, String field) {
        Long value = whole(o, field);
        if (value == null) {
            return null;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new ApiInputException(field, "api.notWholeNumber");
        }
        return value.intValue();
    }

    private static <E extends Enum<E>> E choice(JsonObject o, String field, Class<E> type) {
        String value = text(o, field);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new ApiInputException(field, "api.unknownValue", names(type, Enum::name));
        }
    }

    private static String tags(JsonObject o) {
        JsonValue v = o.get("tags");
        if (v != null && v.getValueType() == JsonValue.ValueType.ARRAY) {
            List<String> tags = v.asJsonArray().stream().map(t -> {
                if (t instanceof JsonString s) {
                    return s.getString();
                }
                throw new ApiInputException("tags", "api.notText");
            }).toList();
            return String.join(", ", tags);
        }
        return text(o, "tags");
    }

    static <E extends Enum<E>> String names(Class<E> type, Function<E, String> name) {
        return Arrays.stream(type.getEnumConstants()).map(name).collect(Collectors.joining(", "));
    }
}
