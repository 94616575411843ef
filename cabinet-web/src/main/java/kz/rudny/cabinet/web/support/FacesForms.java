package kz.rudny.cabinet.web.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import kz.rudny.cabinet.domain.errors.ChangedSinceOpenedException;
import kz.rudny.cabinet.domain.errors.Conflicts;
import kz.rudny.cabinet.domain.errors.InvalidInputException;

/**
 * Runs a form's action and turns refused input into messages by the fields (component id = field name),
 * in the person's language. What the person typed stays in the view bean, also when the record changed since the
 * form was opened (the save is refused with a message for the whole form).
 */
public final class FacesForms {

    private FacesForms() {
    }

    /** Runs the action; returns false (with messages added) when the input was refused. */
    public static boolean submit(String formId, Runnable action) {
        try {
            action.run();
            return true;
        } catch (InvalidInputException e) {
            for (InvalidInputException.Problem p : e.problems()) {
                fieldError(formId, p.field(), Texts.validation(p.messageKey(), p.arguments()));
            }
        } catch (ChangedSinceOpenedException e) {
            formError("record.changedSinceOpened");
        } catch (ConstraintViolationException e) {
            for (ConstraintViolation<?> v : e.getConstraintViolations()) {
                fieldError(formId, fieldOf(v), inPersonsLanguage(v));
            }
        } catch (RuntimeException e) {
            if (!Conflicts.isConcurrentChange(e)) {
                throw e;
            }
            formError("record.changedMeanwhile");
        }
        FacesContext.getCurrentInstance().validationFailed();
        return false;
    }

    /**
     * The field a violation names, as the form's component id: {@code purpose}, or for a row of a list
     * {@code agenda:0:topic} (a {@code ui:repeat id="agenda"} row's input {@code topic}).
     */
    static String fieldOf(ConstraintViolation<?> v) {
        StringBuilder field = new StringBuilder();
        for (jakarta.validation.Path.Node node : v.getPropertyPath()) {
            if (node.getKind() != jakarta.validation.ElementKind.PROPERTY) {
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null) {
                field.append(':').append(node.getIndex());
            }
            field.append(field.length() == 0 ? "" : ":").append(node.getName());
        }
        return field.toString();
    }

    /**
     * A boundary's refusal says its message in the server's language; the person reads it in the page's (the same
     * bundles, ValidationMessages, interpolated again in the view's locale).
     */
    static String inPersonsLanguage(ConstraintViolation<?> v) {
        java.util.Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return Interpolation.INTERPOLATOR.interpolate(v.getMessageTemplate(), new jakarta.validation.MessageInterpolator.Context() {
            @Override
            public jakarta.validation.metadata.ConstraintDescriptor<?> getConstraintDescriptor() {
                return v.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return v.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new jakarta.validation.ValidationException("Not supported: " + type);
            }
        }, locale);
    }

    /** The platform's message interpolator, made once. */
    private static final class Interpolation {
        static final jakarta.validation.MessageInterpolator INTERPOLATOR =
                jakarta.validation.Validation.buildDefaultValidatorFactory().getMessageInterpolator();
    }

    private static void formError(String key) {
        String text = Texts.validation(key);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    public static void fieldError(String formId, String field, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String clientId = formId + ":" + field;
        // invokeOnComponent also finds an input in a row of a ui:repeat ("form:agenda:0:topic"), findComponent not.
        boolean[] exists = {false};
        faces.getViewRoot().invokeOnComponent(faces, clientId, (context, component) -> exists[0] = true);
        faces.addMessage(exists[0] ? clientId : null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    /** Redirects to a page of the application, given from its root ("/associations.xhtml"). */
    public static void redirectTo(String path) throws java.io.IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true); // the messages of this request are shown after the redirect
        external.redirect(external.getRequestContextPath() + path);
    }

    public static void info(String key, Object... args) {
        String text = Texts.ui(key, args);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }
}
