package kz.rudny.cabinet.domain.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.rudny.cabinet.domain.association.boundary.AssociationForm;
import kz.rudny.cabinet.domain.association.boundary.Associations;
import kz.rudny.cabinet.domain.audit.boundary.AuditChangeView;
import kz.rudny.cabinet.domain.audit.boundary.AuditEntryView;
import kz.rudny.cabinet.domain.audit.boundary.AuditTrail;
import kz.rudny.cabinet.domain.audit.boundary.AuditValueKind;
import kz.rudny.cabinet.domain.errors.AccessDeniedException;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.it.support.CurrentExchange;
import kz.rudny.cabinet.domain.it.support.TestDatabase;
import kz.rudny.cabinet.domain.paging.PageRequest;
import kz.rudny.cabinet.domain.people.boundary.EducationLevel;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.people.boundary.Staff;
import kz.rudny.cabinet.domain.people.boundary.StaffMemberForm;
import kz.rudny.cabinet.domain.platform.control.DemoData;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.Role;
import org.junit.jupiter.api.Test;

/**
 * The boundaries as a really signed-in caller: each test signs a demo account in through Jakarta Security
 * (the custom form mechanism and AccountIdentityStore) for its own request. School A is №7 (s7), school B is
 * the gymnasium №3 (g3).
 *
 * <p>Run in the container by {@link DomainSuiteIT}, which implements this interface and hands it the beans through
 * the accessor methods below.
 */
interface SignedInBoundariesTests {

    static final String METHODOLOGIST_OF_A = "s7.methodologist";
    static final String TEACHER_OF_B = "g3.teacher";

    SecurityContext security();

    CurrentCaller caller();

    Staff staff();

    Associations associations();

    AuditTrail audit();

    TestDatabase db();

    @Test
    default void withoutSigningInTheBoundariesRefuseEveryCall() {
        assertFalse(caller().isSignedIn());
        assertThrows(AccessDeniedException.class, () -> staff().page(PageRequest.firstPage(10), Language.KK));
    }

    @Test
    default void aWrongPasswordSignsNobodyIn() {
        AuthenticationStatus status = security().authenticate(CurrentExchange.request(), CurrentExchange.response(),
                AuthenticationParameters.withParams().credential(new UsernamePasswordCredential(METHODOLOGIST_OF_A, "nope-nope")));
        assertEquals(AuthenticationStatus.SEND_FAILURE, status);
        caller().refresh();
        assertFalse(caller().isSignedIn());
    }

    @Test
    default void aMethodologistCannotOpenAnotherSchoolsStaffMember() {
        signIn(METHODOLOGIST_OF_A);
        long staffOfB = db().staffIdOf(TEACHER_OF_B);
        assertThrows(NotFoundException.class, () -> staff().form(staffOfB));
        assertThrows(NotFoundException.class, () -> staff().view(staffOfB, Language.KK));
        assertEquals(METHODOLOGIST_OF_A, staff().form(db().staffIdOf(METHODOLOGIST_OF_A)).getUsername());
    }

    @Test
    default void aMethodologistCannotDeactivateOrResetAnotherSchoolsStaff() {
        signIn(METHODOLOGIST_OF_A);
        long staffOfB = db().staffIdOf(TEACHER_OF_B);
        String account = "SELECT ACTIVE, PASSWORD_HASH, PASSWORD_CHANGED_AT, VERSION FROM ACCOUNT WHERE USERNAME = ?";
        List<List<Object>> before = db().rows(account, TEACHER_OF_B);
        long auditBefore = db().number("SELECT COUNT(*) FROM AUDIT_ENTRY");

        assertThrows(NotFoundException.class, () -> staff().deactivate(staffOfB));
        assertThrows(NotFoundException.class, () -> staff().resetPassword(staffOfB));

        assertEquals(before, db().rows(account, TEACHER_OF_B));
        assertEquals(Boolean.TRUE, before.get(0).get(0));
        assertEquals(auditBefore, db().number("SELECT COUNT(*) FROM AUDIT_ENTRY"));
    }

    @Test
    default void anAssociationCannotTakeAMemberFromAnotherSchool() {
        signIn(METHODOLOGIST_OF_A);
        long associationOfA = associations().all().get(0).id();
        String members = "SELECT STAFF_MEMBER_ID FROM ASSOCIATION_MEMBER WHERE ASSOCIATION_ID = ? ORDER BY STAFF_MEMBER_ID";
        List<Object> membersBefore = db().column(members, associationOfA);
        AssociationForm form = associations().form(associationOfA);
        List<Long> memberIds = new ArrayList<>(form.getMemberIds());
        memberIds.add(db().staffIdOf(TEACHER_OF_B));
        form.setMemberIds(memberIds);

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> associations().update(associationOfA, form));
        assertEquals("memberIds", refused.problems().get(0).field());
        assertEquals(membersBefore, db().column(members, associationOfA));
    }

    @Test
    default void aTeacherMayNotCreateStaff() {
        signIn(TEACHER_OF_B);
        StaffMemberForm form = newStaffForm("g3.intruder", "Intruder");
        assertThrows(AccessDeniedException.class, () -> staff().create(form));
        assertEquals(0, db().number("SELECT COUNT(*) FROM ACCOUNT WHERE USERNAME = 'g3.intruder'"));
    }

    @Test
    default void aNewStaffMemberKeepsAKazakhNameAndIsAuditedInTheirSchoolOnly() {
        signIn(METHODOLOGIST_OF_A);
        long a = db().schoolOf(METHODOLOGIST_OF_A);
        String name = "Әбілқасымова Гүлнәр Құрманқызы";
        String username = "s7.gulnar" + (System.currentTimeMillis() % 100_000);

        long id = staff().create(newStaffForm(username, name));

        assertEquals(name, db().column("SELECT FULL_NAME FROM ACCOUNT WHERE USERNAME = ?", username).get(0));
        assertEquals(a, db().schoolOf(username));
        assertEquals(a, db().number("SELECT SCHOOL_ID FROM STAFF_MEMBER WHERE ID = ?", id));
        assertEquals(name, staff().view(id, Language.KK).fullName());
        List<List<Object>> audit = db().rows("SELECT SCHOOL_ID, AUDIT_ACTION, ACTOR_NAME, DETAILS, ID FROM AUDIT_ENTRY "
                + "WHERE RECORD_TYPE = ? AND RECORD_ID = ?", Staff.RECORD, id);
        assertEquals(1, audit.size(), audit::toString);
        assertEquals(a, ((Number) audit.get(0).get(0)).longValue());
        assertEquals("STAFF_CREATED", audit.get(0).get(1));
        assertTrue(String.valueOf(audit.get(0).get(2)).endsWith("(" + METHODOLOGIST_OF_A + ")"), audit::toString);
        assertNull(audit.get(0).get(3), "a new entry keeps its fields as rows, not as text");
        List<List<Object>> fields = db().rows("SELECT SCHOOL_ID, FIELD_KEY, VALUE_KIND, WAS_CHANGED, OLD_VALUE, NEW_VALUE "
                + "FROM AUDIT_CHANGE WHERE ENTRY_ID = ? ORDER BY FIELD_ORDER", audit.get(0).get(4));
        assertEquals(List.of(List.of(a, "USERNAME", "TEXT", false, username), List.of(a, "FULL_NAME", "TEXT", false, name),
                        List.of(a, "JOB_TITLE", "TEXT", false, "Қазақ тілі мен әдебиеті пәнінің мұғалімі"),
                        List.of(a, "ROLES", "KEY", false, "role.TEACHER")),
                fields.stream().map(r -> List.of(((Number) r.get(0)).longValue(), r.get(1), r.get(2), r.get(3), r.get(5)))
                        .toList());
        assertTrue(fields.stream().allMatch(r -> r.get(4) == null), fields::toString);
    }

    @Test
    default void aChangeIsAuditedFieldByFieldWithEnumsAsKeysAndSubjectsByIdAndReadBackThroughTheBoundary() {
        signIn(METHODOLOGIST_OF_A);
        String username = "s7.audited" + (System.currentTimeMillis() % 100_000);
        long id = staff().create(newStaffForm(username, "Серікова Дана"));
        StaffMemberForm form = staff().form(id);
        form.setLanguage(Language.RU);
        form.setSubjectIds(List.of(2L, 3L));
        form.setCambridgeCourses(true);
        staff().update(id, form);

        AuditEntryView entry = audit().page(PageRequest.firstPage(5)).items().get(0);
        assertEquals("STAFF_UPDATED", entry.action());
        assertEquals(id, entry.recordId());
        assertEquals(List.of(
                new AuditChangeView("CAMBRIDGE_COURSES", AuditValueKind.FLAG, true, "false", "true"),
                new AuditChangeView("SUBJECTS", AuditValueKind.SUBJECTS, true, "1,2", "2,3"),
                new AuditChangeView("LANGUAGE", AuditValueKind.KEY, true, "language.KK", "language.RU")), entry.changes());
        assertTrue(entry.actorName().endsWith("(" + METHODOLOGIST_OF_A + ")"), entry::toString);

        List<AuditEntryView> found = audit().page(new PageRequest(0, 5, null, true, "серікова дана")).items();
        assertEquals(List.of("STAFF_CREATED"), found.stream().map(AuditEntryView::action).toList(),
                "the filter finds the entry by a stored value");
        assertEquals(id, found.get(0).recordId());
    }

    @Test
    default void theStaffRecordKeepsBirthDateAndEducationAndRefusesAnImplausibleBirthDateChangingNothing() {
        signIn(METHODOLOGIST_OF_A);
        String username = "s7.born" + (System.currentTimeMillis() % 100_000);
        StaffMemberForm created = newStaffForm(username, "Бекова Айша");
        created.setBirthDate(LocalDate.of(1988, 3, 14));
        created.setEducation(EducationLevel.HIGHER_PEDAGOGICAL);
        long id = staff().create(created);
        String row = "SELECT BIRTH_DATE, EDUCATION, VERSION FROM STAFF_MEMBER WHERE ID = ?";
        List<Object> stored = db().rows(row, id).get(0);
        assertEquals(LocalDate.of(1988, 3, 14), ((java.sql.Date) stored.get(0)).toLocalDate());
        assertEquals("HIGHER_PEDAGOGICAL", stored.get(1));
        assertEquals(LocalDate.of(1988, 3, 14), staff().form(id).getBirthDate());
        assertEquals(EducationLevel.HIGHER_PEDAGOGICAL, staff().form(id).getEducation());

        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        long audits = db().number("SELECT COUNT(*) FROM AUDIT_ENTRY");
        for (LocalDate implausible : List.of(today.minusYears(18).plusDays(1), today.minusYears(81), today)) {
            StaffMemberForm form = staff().form(id);
            form.setBirthDate(implausible);
            form.setEducation(EducationLevel.VOCATIONAL_OTHER);
            InvalidInputException refused = assertThrows(InvalidInputException.class, () -> staff().update(id, form),
                    implausible::toString);
            assertEquals("birthDate", refused.problems().get(0).field());
            assertEquals("birthDate.range", refused.problems().get(0).messageKey());
        }
        assertEquals(List.of(stored), db().rows(row, id), "nothing of a refused form is stored");
        assertEquals(audits, db().number("SELECT COUNT(*) FROM AUDIT_ENTRY"));
        StaffMemberForm young = newStaffForm(username + "x", "Жас Адам");
        young.setBirthDate(today.minusYears(17));
        assertThrows(InvalidInputException.class, () -> staff().create(young));
        assertEquals(0, db().number("SELECT COUNT(*) FROM ACCOUNT WHERE USERNAME = ?", username + "x"));

        StaffMemberForm form = staff().form(id);
        form.setBirthDate(today.minusYears(80)); // 80 today: the oldest accepted
        form.setEducation(EducationLevel.VOCATIONAL_PEDAGOGICAL);
        staff().update(id, form);
        assertEquals(today.minusYears(80), staff().form(id).getBirthDate());
        AuditEntryView entry = audit().page(PageRequest.firstPage(5)).items().get(0);
        assertEquals(List.of(
                new AuditChangeView("BIRTH_DATE", AuditValueKind.DATE, true, "1988-03-14", today.minusYears(80).toString()),
                new AuditChangeView("EDUCATION", AuditValueKind.KEY, true, "educationLevel.HIGHER_PEDAGOGICAL",
                        "educationLevel.VOCATIONAL_PEDAGOGICAL")), entry.changes());
    }

    /** Signs the demo account in for this request, as the sign-in page does, and checks who the caller is. */
    private void signIn(String username) {
        AuthenticationStatus status = security().authenticate(CurrentExchange.request(), CurrentExchange.response(),
                AuthenticationParameters.withParams().credential(new UsernamePasswordCredential(username, DemoData.PASSWORD)));
        assertEquals(AuthenticationStatus.SUCCESS, status);
        caller().refresh();
        assertEquals(username, caller().getUsername());
    }

    private static StaffMemberForm newStaffForm(String username, String fullName) {
        StaffMemberForm form = new StaffMemberForm();
        form.setUsername(username);
        form.setFullName(fullName);
        form.setJobTitle("Қазақ тілі мен әдебиеті пәнінің мұғалімі");
        form.setTeachingSince(LocalDate.of(2020, 9, 1));
        form.setSubjectIds(List.of(1L, 2L));
        form.setRoles(List.of(Role.TEACHER));
        form.setLanguage(Language.KK);
        form.setInitialPassword("Qazaq-Til-2026");
        return form;
    }
}
