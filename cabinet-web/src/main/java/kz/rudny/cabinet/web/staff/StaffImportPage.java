package kz.rudny.cabinet.web.staff;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import kz.rudny.cabinet.domain.staffimport.boundary.StaffImport;
import kz.rudny.cabinet.domain.staffimport.boundary.StaffImportReport;
import kz.rudny.cabinet.web.support.Attachments;
import kz.rudny.cabinet.web.support.FacesForms;
import kz.rudny.cabinet.web.support.Texts;
import jakarta.servlet.http.Part;

/**
 * The school methodologist uploads the staff list, reads the report and hands out the first passwords, which
 * exist in clear only in this view (shown on the page, downloadable as a list) and are gone when it is left.
 */
@Named
@ViewScoped
public class StaffImportPage implements Serializable {

    @Inject
    StaffImport importer;

    private transient Part file;
    private StaffImportReport report;

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

    /** The created people with their first passwords as a CSV (UTF-8 with a byte-order mark, for Excel). */
    public void download() throws IOException {
        if (report == null || report.created().isEmpty()) {
            return;
        }
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(cell(Texts.ui("staffImport.row"))).append(';').append(cell(Texts.ui("staff.fullName"))).append(';')
                .append(cell(Texts.ui("staff.username"))).append(';').append(cell(Texts.ui("staffImport.password")))
                .append("\r\n");
        for (StaffImportReport.Created c : report.created()) {
            csv.append(c.row()).append(';').append(cell(c.fullName())).append(';').append(cell(c.username()))
                    .append(';').append(cell(c.firstPassword())).append("\r\n");
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        FacesContext faces = FacesContext.getCurrentInstance();
        Attachments.send((HttpServletResponse) faces.getExternalContext().getResponse(), "first-passwords.csv",
                "text/csv", bytes.length, new ByteArrayInputStream(bytes));
        faces.responseComplete();
    }

    /** A quoted CSV cell; a leading = + - @ gets an apostrophe so that a spreadsheet never runs it. */
    static String cell(String text) {
        String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
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

    public StaffImportReport getReport() {
        return report;
    }
}
