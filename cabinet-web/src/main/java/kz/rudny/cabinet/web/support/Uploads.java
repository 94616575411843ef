package kz.rudny.cabinet.web.support;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import kz.rudny.cabinet.domain.files.boundary.IncomingFile;

/**
 * A form's action with the file chosen in its {@code h:inputFile id="file"}: the chosen file goes to the boundary as
 * an {@link IncomingFile} (closed afterwards), and a refusal is shown by the fields as {@link FacesForms#submit}
 * does.
 */
public final class Uploads {

    private Uploads() {
    }

    /** Whether a file was chosen: with none, the input gives no part or one without a name. */
    public static boolean chosen(Part file) {
        return file != null && file.getSubmittedFileName() != null && !file.getSubmittedFileName().isBlank();
    }

    /** Runs the action with the chosen file, or with null when none was chosen (the file is optional). */
    public static boolean submit(String formId, Part file, Consumer<IncomingFile> action) throws IOException {
        if (!chosen(file)) {
            return FacesForms.submit(formId, () -> action.accept(null));
        }
        try (InputStream in = file.getInputStream()) {
            return FacesForms.submit(formId, () -> action.accept(new IncomingFile(file.getSubmittedFileName(), in)));
        }
    }

    /** Runs the action with the chosen file; none chosen is refused by the field {@code file}. */
    public static boolean submitRequired(String formId, Part file, Consumer<IncomingFile> action) throws IOException {
        if (!chosen(file)) {
            FacesForms.fieldError(formId, "file", Texts.validation("field.required"));
            FacesContext.getCurrentInstance().validationFailed();
            return false;
        }
        return submit(formId, file, action);
    }
}
