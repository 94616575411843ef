package kz.rudny.cabinet.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation's exceptions go to {@link ApiErrors} too: Jersey's own mapper for them (a bare 400, or 500)
 * is nearer to their type than a mapper of Throwable, so this one is needed to win.
 */
@Provider
@ApplicationScoped
public class ApiValidationErrors implements ExceptionMapper<ValidationException> {

    @Inject
    ApiErrors errors;

    @Override
    public Response toResponse(ValidationException thrown) {
        return errors.toResponse(thrown);
    }
}
