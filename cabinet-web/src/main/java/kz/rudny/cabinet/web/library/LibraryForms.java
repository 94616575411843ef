package kz.rudny.cabinet.web.library;

import jakarta.faces.context.FacesContext;
import java.util.Map;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.web.support.FacesForms;
import kz.rudny.cabinet.web.support.Texts;

/**
 * {@link FacesForms#submit} for the library's and the exchange's forms, with one addition: a boundary's field
 * name can be shown by a component of another id ("comment" by the text area "text"),.
 */
public final class LibraryForms {

    private LibraryForms() {
    }

    /** Runs the action; returns false (with messages by the fields) when the input was refused. */
    public static boolean submit(String formId, Map<String, String> componentIds, Runnable action) {
        InvalidInputException[] refused = new InvalidInputException[1];
        boolean done = FacesForms.submit(formId, () -> {
            try {
                action.run();
            } catch (InvalidInputException e) {
                refused[0] = e;
            }
        });
        if (refused[0] == null) {
            return done;
        }
        for (InvalidInputException.Problem p : refused[0].problems()) {
            FacesForms.fieldError(formId, componentIds.getOrDefault(p.field(), p.field()),
                    text(p.messageKey(), p.arguments()));
        }
        FacesContext.getCurrentInstance().validationFailed();
        return false;
    }

    public static boolean submit(String formId, Runnable action) {
        return submit(formId, Map.of(), action);
    }

    /** The text of a refusal, from the validation bundle. */
    public static String text(String key, Object... args) {
        return Texts.validation(key, args);
    }

    /** A required-field message by a component, as the boundaries give it. */
    public static void required(String formId, String componentId) {
        FacesForms.fieldError(formId, componentId, Texts.validation("field.required"));
        FacesContext.getCurrentInstance().validationFailed();
    }
}
