package kz.rudny.cabinet.web.library;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import kz.rudny.cabinet.library.catalogue.boundary.CatalogueImport;
import kz.rudny.cabinet.library.catalogue.boundary.ImportReport;
import kz.rudny.cabinet.web.support.FacesForms;
import kz.rudny.cabinet.web.support.Texts;
import jakarta.servlet.http.Part;

/** The school methodologist uploads an existing catalogue and reads the report. */
@Named
@ViewScoped
public class ImportPage implements Serializable {

    @Inject
    CatalogueImport importer;

    private transient Part file;
    private ImportReport report;

    public void upload() throws IOException {
        report = null;
        if (file == null || file.getSize() == 0) {
            FacesForms.fieldError("import", "file", Texts.validation("import.file.empty"));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            FacesForms.submit("import", () -> report = importer.importSheet(in, file.getSubmittedFileName()));
        }
    }

    /** A refusal's reason in the person's language. */
    public String reason(String messageKey) {
        return Texts.validation(messageKey);
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public ImportReport getReport() {
        return report;
    }
}
