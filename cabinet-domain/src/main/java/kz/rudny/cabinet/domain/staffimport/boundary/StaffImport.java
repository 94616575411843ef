package kz.rudny.cabinet.domain.staffimport.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import kz.rudny.cabinet.domain.association.boundary.AssociationForm;
import kz.rudny.cabinet.domain.association.boundary.AssociationView;
import kz.rudny.cabinet.domain.association.boundary.Associations;
import kz.rudny.cabinet.domain.audit.boundary.AuditTrail;
import kz.rudny.cabinet.domain.audit.boundary.Changes;
import kz.rudny.cabinet.domain.audit.boundary.DomainAction;
import kz.rudny.cabinet.domain.audit.boundary.DomainField;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.people.boundary.FirstPassword;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.people.boundary.Staff;
import kz.rudny.cabinet.domain.people.boundary.StaffMemberForm;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.domain.spreadsheet.SheetFileException;
import kz.rudny.cabinet.domain.staffimport.control.ImportedPerson;
import kz.rudny.cabinet.domain.staffimport.control.StaffDirectory;
import kz.rudny.cabinet.domain.staffimport.control.StaffSheet;
import kz.rudny.cabinet.domain.staffimport.control.StaffSheetResult;
import kz.rudny.cabinet.domain.subject.boundary.SubjectView;
import kz.rudny.cabinet.domain.subject.boundary.Subjects;

/**
 * A school starts in one step: the school methodologist imports the staff from a spreadsheet (XLSX or CSV,
 * header in the README). Every row that passes becomes an account with a generated first password and a
 * staff record, and joins the associations it names; all of them in one transaction, so a failure on the way
 * keeps nothing. Refused rows create nothing and are reported with the column and the reason.
 */
@ApplicationScoped
@Allowed(Role.SCHOOL_METHODOLOGIST)
@Transactional
public class StaffImport {

    public static final String RECORD = "School";

    @Inject
    Staff staff;

    @Inject
    Subjects subjects;

    @Inject
    Associations associations;

    @Inject
    AuditTrail audit;

    @Inject
    Settings settings;

    public StaffImportReport importSheet(@NotNull InputStream upload, String fileName) {
        StaffSheetResult result;
        try {
            result = StaffSheet.read(upload, directory(), LocalDate.now(settings.timeZone()));
        } catch (SheetFileException e) {
            throw new InvalidInputException("file", e.messageKey(), e.arguments());
        }
        List<StaffImportReport.Created> created = new ArrayList<>();
        Map<Long, Set<Long>> joining = new LinkedHashMap<>();
        List<FirstPassword> firsts = staff.createWithFirstPasswords(result.taken().stream().map(StaffImport::form)
                .toList());
        for (int i = 0; i < firsts.size(); i++) {
            ImportedPerson person = result.taken().get(i);
            FirstPassword first = firsts.get(i);
            created.add(new StaffImportReport.Created(person.rowNumber(), person.fullName(), first.username(),
                    first.password()));
            person.associationIds().forEach(a -> joining.computeIfAbsent(a, k -> new TreeSet<>()).add(first.staffId()));
        }
        joining.forEach(this::join);
        List<StaffImportReport.Refused> refused = result.refusals().stream()
                .map(r -> new StaffImportReport.Refused(r.rowNumber(), r.header(), r.messageKey(), r.value())).toList();
        audit.record(DomainAction.STAFF_IMPORTED, RECORD, null, Changes.describe()
                .value(DomainField.FILE, fileName)
                .value(DomainField.USERNAMES, created.stream().map(StaffImportReport.Created::username).toList())
                .value(DomainField.REFUSED_ROWS, refused.stream().map(r -> Integer.toString(r.row())).distinct().toList()));
        return new StaffImportReport(created, refused, result.ignoredHeaders());
    }

    /** The district's subjects, the caller's school's associations (read through the tenant filter), usernames. */
    private StaffDirectory directory() {
        Map<String, Long> subjectIds = subjects.all(Language.EN).stream()
                .collect(Collectors.toMap(SubjectView::code, SubjectView::id));
        Map<String, Long> associationIds = associations.all().stream()
                .collect(Collectors.toMap(AssociationView::name, AssociationView::id, (a, b) -> a));
        return new StaffDirectory(subjectIds, associationIds, staff::isUsernameTaken);
    }

    private static StaffMemberForm form(ImportedPerson person) {
        StaffMemberForm form = new StaffMemberForm();
        form.setUsername(person.username());
        form.setFullName(person.fullName());
        form.setJobTitle(person.jobTitle());
        form.setTeachingSince(person.teachingSince());
        form.setCategory(person.category());
        form.setBirthDate(person.birthDate());
        form.setEducation(person.education());
        form.setSubjectIds(new ArrayList<>(person.subjectIds()));
        form.setRoles(new ArrayList<>(person.roles()));
        return form;
    }

    private void join(long associationId, Set<Long> newMembers) {
        AssociationForm form = associations.form(associationId);
        Set<Long> members = new TreeSet<>(form.getMemberIds());
        members.addAll(newMembers);
        form.setMemberIds(new ArrayList<>(members));
        associations.update(associationId, form);
    }
}
