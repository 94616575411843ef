package kz.rudny.cabinet.web.api;

import java.util.List;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Every error answer of the API: the HTTP status, a stable error code, a message in the caller's language and,
 * for refused input, the problems by field (the field names of the request, as the web forms call them).
 */
@Schema(name = "Problem", description = "An error: the status, a stable code, a message in the caller's language "
        + "and, for refused input (422), what is wrong with which field.")
@JsonbPropertyOrder({"status", "error", "message", "problems"})
public record ApiProblem(
        @Schema(example = "422") int status,
        @Schema(description = "unauthorized, throttled, forbidden, notFound, invalid, conflict, tooLarge, "
                + "malformed, error (500), or the HTTP reason for other statuses", example = "invalid") String error,
        @Schema(example = "Файлы такого типа не принимаются: загрузите PDF, DOCX, PPTX, XLSX, ODT, ODP, PNG, JPEG или GIF.")
        String message,
        List<FieldProblem> problems) {

    /** One refused field and why, in the caller's language. */
    @Schema(name = "FieldProblem")
    public record FieldProblem(@Schema(example = "file") String field, String message) {
    }

    static ApiProblem of(int status, String error, String message) {
        return new ApiProblem(status, error, message, List.of());
    }
}
