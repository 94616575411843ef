package kz.rudny.cabinet.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.rudny.cabinet.domain.errors.AccessDeniedException;
import kz.rudny.cabinet.domain.errors.ChangedSinceOpenedException;
import kz.rudny.cabinet.domain.errors.Conflicts;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.tenancy.NoSchoolException;
import kz.rudny.cabinet.web.platform.DatabaseFailure;
import kz.rudny.cabinet.web.platform.ServiceUnavailable;
import kz.rudny.cabinet.web.security.UploadLimitFilter;
import kz.rudny.cabinet.web.support.Texts;

/**
 * Every exception of an API call as a JSON {@link ApiProblem} with a status that says what went wrong:
 * refused input 422 (with the interface's own messages, in the request's language), a record that is not the
 * caller's 404, a refused action 403 (401 when nobody is signed in), a parallel change 409, a body over the
 * upload limit 413, an unreachable database 503 (with {@code Retry-After}), JAX-RS's own answers (unknown address 404, wrong method 405, wrong media type 415...)
 * with their status, and anything else 500 with the stack trace in the server log only.
 */
@Provider
@ApplicationScoped
public class ApiErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)\\}");

    @Inject
    ApiLanguage language;

    @Inject
    CurrentCaller caller;

    @Inject
    Settings settings;

    @Override
    public Response toResponse(Throwable thrown) {
        Locale locale = locale();
        InvalidInputException invalid = find(thrown, InvalidInputException.class);
        if (invalid != null) {
            List<ApiProblem.FieldProblem> problems = invalid.problems().stream()
                    .map(p -> new ApiProblem.FieldProblem(p.field(), Texts.validation(locale, p.messageKey(), p.arguments())))
                    .toList();
            return invalid(problems);
        }
        ApiInputException apiInput = find(thrown, ApiInputException.class);
        if (apiInput != null) {
            return invalid(List.of(new ApiProblem.FieldProblem(apiInput.field(),
                    Texts.ui(locale, apiInput.messageKey(), apiInput.arguments()))));
        }
        ConstraintViolationException violations = find(thrown, ConstraintViolationException.class);
        if (violations != null) {
            List<ApiProblem.FieldProblem> problems = new ArrayList<>();
            for (ConstraintViolation<?> v : violations.getConstraintViolations()) {
                String path = v.getPropertyPath().toString();
                problems.add(new ApiProblem.FieldProblem(path.substring(path.lastIndexOf('.') + 1),
                        interpolate(v, locale)));
            }
            return invalid(problems);
        }
        if (find(thrown, UploadLimitFilter.RequestTooLargeException.class) != null) {
            return answer(ApiProblem.of(413, "tooLarge", Texts.validation(locale, "file.tooLarge",
                    settings.uploadMaxBytes() / (1024 * 1024))));
        }
        if (find(thrown, NotFoundException.class) != null) {
            LOG.log(Level.FINE, "API: {0}", thrown.getMessage());
            return answer(ApiProblem.of(404, "notFound", Texts.ui(locale, "api.notFound")));
        }
        if (find(thrown, AccessDeniedException.class) != null || find(thrown, NoSchoolException.class) != null) {
            LOG.log(Level.INFO, "API refused: {0}", thrown.getMessage());
            if (!signedIn()) {
                return BasicAuthentication.unauthorized(Texts.ui(locale, "api.unauthorized"));
            }
            return answer(ApiProblem.of(403, "forbidden", Texts.ui(locale, "api.forbidden")));
        }
        if (find(thrown, ChangedSinceOpenedException.class) != null) {
            return answer(ApiProblem.of(409, "conflict", Texts.validation(locale, "record.changedSinceOpened")));
        }
        if (Conflicts.isConcurrentChange(thrown)) {
            return answer(ApiProblem.of(409, "conflict", Texts.validation(locale, "record.changedMeanwhile")));
        }
        WebApplicationException web = thrown instanceof WebApplicationException w ? w : null;
        if (web != null && web.getResponse() != null && web.getResponse().getStatus() < 500) {
            Response original = web.getResponse();
            int status = original.getStatus();
            String text = status == 404 ? Texts.ui(locale, "api.notFound") : Texts.ui(locale, "api.request");
            String error = switch (status) {
                case 400 -> "badRequest";
                case 404 -> "notFound";
                case 405 -> "methodNotAllowed";
                case 406 -> "notAcceptable";
                case 413 -> "tooLarge";
                case 415 -> "unsupportedMediaType";
                default -> "request";
            };
            Response.ResponseBuilder answer = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ApiProblem.of(status, error, text));
            String allow = original.getHeaderString(HttpHeaders.ALLOW);
            if (allow != null) {
                answer.header(HttpHeaders.ALLOW, allow);
            }
            return answer.build();
        }
        if (DatabaseFailure.causedBy(thrown)) {
            LOG.log(Level.WARNING, "API: database unreachable ({0})", thrown.toString());
            return Response.fromResponse(answer(ApiProblem.of(503, "unavailable", Texts.ui(locale, "error.503.text"))))
                    .header("Retry-After", ServiceUnavailable.RETRY_AFTER_SECONDS).build();
        }
        LOG.log(Level.SEVERE, "API call failed", thrown);
        return answer(ApiProblem.of(500, "error", Texts.ui(locale, "api.error")));
    }

    private static Response invalid(List<ApiProblem.FieldProblem> problems) {
        String message = problems.isEmpty() ? null : problems.get(0).message();
        return answer(new ApiProblem(422, "invalid", message, problems));
    }

    static Response answer(ApiProblem problem) {
        return Response.status(problem.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(problem).build();
    }


    private Locale locale() {
        try {
            return language.locale();
        } catch (RuntimeException e) {
            return settings.defaultLanguage().locale();
        }
    }

    private boolean signedIn() {
        try {
            return caller.isSignedIn();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * A Bean Validation message in the given language: the template's {keys} from the shared
     * ValidationMessages bundle (as the interface shows them), then the constraint's attributes ({max}).
     */
    static String interpolate(ConstraintViolation<?> v, Locale locale) {
        String template = v.getMessageTemplate();
        ResourceBundle bundle;
        try {
            bundle = ResourceBundle.getBundle(Texts.VALIDATION, locale, Thread.currentThread().getContextClassLoader());
        } catch (MissingResourceException e) {
            return v.getMessage();
        }
        String text = replace(template, key -> bundle.containsKey(key) ? bundle.getString(key) : null);
        Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
        return replace(text, key -> attributes.containsKey(key) ? String.valueOf(attributes.get(key)) : null);
    }

    private static String replace(String text, java.util.function.Function<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.apply(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
