package kz.rudny.cabinet.library.catalogue.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kz.rudny.cabinet.domain.audit.boundary.AuditTrail;
import kz.rudny.cabinet.domain.audit.boundary.Changes;
import kz.rudny.cabinet.library.audit.boundary.LibraryAction;
import kz.rudny.cabinet.library.audit.boundary.LibraryField;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.domain.spreadsheet.SheetFileException;
import kz.rudny.cabinet.domain.subject.boundary.SubjectView;
import kz.rudny.cabinet.domain.subject.boundary.Subjects;
import kz.rudny.cabinet.library.catalogue.control.CatalogueSheet;
import kz.rudny.cabinet.library.catalogue.control.Holdings;
import kz.rudny.cabinet.library.catalogue.control.ImportResult;
import kz.rudny.cabinet.library.catalogue.control.ImportedTitle;

/**
 * Imports an existing catalogue from a spreadsheet (XLSX or CSV, header in the README). Rows that pass are
 * created, each with its copies, all in one transaction: if anything fails on the way, nothing is kept.
 * Refused rows are reported with the column and the reason and create nothing.
 */
@ApplicationScoped
@Allowed(Role.SCHOOL_METHODOLOGIST)
@Transactional
public class CatalogueImport {

    /** One import creates at most this many copies (a school cabinet's whole library fits easily). */
    public static final int MAX_COPIES = 20_000;

    @Inject
    Catalogue catalogue;

    @Inject
    Holdings holdings;

    @Inject
    Subjects subjects;

    @Inject
    AuditTrail audit;

    public ImportReport importSheet(InputStream upload, String fileName) {
        ImportResult result;
        try {
            result = CatalogueSheet.read(upload);
        } catch (SheetFileException e) {
            throw new InvalidInputException("file", e.messageKey(), e.arguments());
        }
        if (result.copies() > MAX_COPIES) {
            throw new InvalidInputException("file", "import.file.tooManyCopies", MAX_COPIES);
        }
        Map<String, Long> subjectIds = subjects.all(Language.EN).stream()
                .collect(Collectors.toMap(SubjectView::code, SubjectView::id));
        List<ImportReport.Refused> refused = new ArrayList<>(result.refusals().stream()
                .map(r -> new ImportReport.Refused(r.rowNumber(), r.header(), r.messageKey())).toList());
        int titles = 0;
        int copies = 0;
        for (ImportedTitle row : result.taken()) {
            TitleForm form = row.title();
            if (row.subjectCode() != null) {
                Long subject = subjectIds.get(row.subjectCode().strip().toUpperCase(Locale.ROOT));
                if (subject == null) {
                    refused.add(new ImportReport.Refused(row.rowNumber(), row.subjectCode(), "import.subject.unknown"));
                    continue;
                }
                form.setSubjectId(subject);
            }
            if (form.getGradeFrom() != null && form.getGradeTo() != null && form.getGradeFrom() > form.getGradeTo()) {
                refused.add(new ImportReport.Refused(row.rowNumber(), "grades", "grade.order"));
                continue;
            }
            Set<String> taken = new HashSet<>();
            row.inventoryNumbers().stream().filter(holdings::inventoryNumberTaken).forEach(taken::add);
            if (!taken.isEmpty()) {
                refused.add(new ImportReport.Refused(row.rowNumber(), String.join(", ", taken), "import.inventory.taken"));
                continue;
            }
            long titleId = catalogue.create(form, row.inventoryNumbers());
            for (int k = row.inventoryNumbers().size() + 1; k <= row.copies(); k++) {
                catalogue.addCopy(titleId, "IMP-" + titleId + "-" + k);
            }
            titles++;
            copies += Math.max(row.copies(), row.inventoryNumbers().size());
        }
        refused.sort(java.util.Comparator.comparingInt(ImportReport.Refused::row));
        audit.record(LibraryAction.CATALOGUE_IMPORTED, Catalogue.RECORD, null, Changes.describe()
                .value(LibraryField.FILE, fileName).value(LibraryField.TITLES, titles).value(LibraryField.COPIES, copies)
                .value(LibraryField.REFUSED_ROWS, refused.stream().map(r -> Integer.toString(r.row())).distinct()
                        .collect(Collectors.joining(", "))));
        return new ImportReport(titles, copies, refused, result.ignoredHeaders());
    }
}
