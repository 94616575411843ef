package kz.rudny.cabinet.domain.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import kz.rudny.cabinet.domain.association.boundary.AssociationForm;
import kz.rudny.cabinet.domain.association.boundary.Associations;
import kz.rudny.cabinet.domain.errors.AccessDeniedException;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.it.support.CurrentExchange;
import kz.rudny.cabinet.domain.it.support.TestDatabase;
import kz.rudny.cabinet.domain.people.boundary.DistrictStaff;
import kz.rudny.cabinet.domain.people.boundary.DistrictStaffForm;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.people.boundary.NewDistrictAccount;
import kz.rudny.cabinet.domain.people.boundary.Staff;
import kz.rudny.cabinet.domain.people.boundary.StaffMemberForm;
import kz.rudny.cabinet.domain.people.control.AccountIdentityStore;
import kz.rudny.cabinet.domain.platform.control.DemoData;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.Role;
import org.junit.jupiter.api.Test;

/**
 * Who holds which role: the association-head role follows heading an association, and the district
 * administrator creates the district's staff accounts. Each test signs a demo account in for its own request.
 *
 * <p>Run in the container by {@link DomainSuiteIT}, which implements this interface and hands it the beans through
 * the accessor methods below.
 */
interface AccountRolesTests {

    static final String METHODOLOGIST = "s7.methodologist";
    static final String ADMINISTRATOR = "district.admin";
    static final String ACCOUNTS = "SELECT COUNT(*) FROM ACCOUNT";

    SecurityContext security();

    CurrentCaller caller();

    Staff staff();

    Associations associations();

    DistrictStaff districtStaff();

    AccountIdentityStore identityStore();

    TestDatabase db();

    @Test
    default void theHeadRoleGoesToTheNewHeadAndLeavesTheReplacedOne() {
        signIn(METHODOLOGIST);
        long x = newTeacher("x");
        long y = newTeacher("y");
        long a = associations().create(association("A", x));
        assertEquals(Set.of("TEACHER", "ASSOCIATION_HEAD"), roles(x));

        AssociationForm replaced = associations().form(a);
        replaced.setHeadId(y);
        associations().update(a, replaced);

        assertEquals(Set.of("TEACHER"), roles(x));
        assertEquals(Set.of("TEACHER", "ASSOCIATION_HEAD"), roles(y));
    }

    @Test
    default void someoneWhoStillHeadsAnotherAssociationKeepsTheRoleUntilTheyHeadNone() {
        signIn(METHODOLOGIST);
        long x = newTeacher("x");
        long a = associations().create(association("A", x));
        long b = associations().create(association("B", x));

        AssociationForm noHead = associations().form(a);
        noHead.setHeadId(null);
        associations().update(a, noHead);
        assertEquals(Set.of("TEACHER", "ASSOCIATION_HEAD"), roles(x), "still heads B");

        associations().delete(b);
        assertEquals(Set.of("TEACHER"), roles(x), "heads nothing after B was deleted");
    }

    @Test
    default void aDistrictMethodologistMayNotCreateDistrictStaff() {
        signIn("district.methodologist");
        assertNotAllowedToCreateDistrictStaff();
    }

    @Test
    default void aSchoolMethodologistMayNotCreateDistrictStaff() {
        signIn(METHODOLOGIST);
        assertNotAllowedToCreateDistrictStaff();
    }

    private void assertNotAllowedToCreateDistrictStaff() {
        long before = db().number(ACCOUNTS);
        assertThrows(AccessDeniedException.class, () -> districtStaff().create(form("intruder")));
        assertThrows(AccessDeniedException.class, () -> districtStaff().all());
        assertEquals(before, db().number(ACCOUNTS));
    }

    @Test
    default void badInputIsRefusedByTheFieldAndStoresNothing() {
        signIn(ADMINISTRATOR);
        long before = db().number(ACCOUNTS);
        assertRefused("fullName", f -> f.setFullName(" "));
        assertRefused("username", f -> f.setUsername("Ab"));
        assertRefused("username", f -> f.setUsername("g3.teacher")); // taken, in a school
        assertRefused("username", f -> f.setUsername(ADMINISTRATOR)); // taken, in the district
        assertRefused("roles", f -> f.setRoles(List.of()));
        assertRefused("roles", f -> f.setRoles(List.of(Role.DISTRICT_METHODOLOGIST, Role.TEACHER)));
        assertRefused("initialPassword", f -> f.setInitialPassword("short"));
        assertRefused("initialPassword", f -> f.setInitialPassword("xx" + f.getUsername() + "xx"));
        assertEquals(before, db().number(ACCOUNTS));
    }

    @Test
    default void aNewDistrictAccountSignsInWithItsRolesAndNoSchool() {
        signIn(ADMINISTRATOR);
        DistrictStaffForm typed = form("methodologist");
        typed.setFullName("Жұмабаева Сәуле Қанатқызы");
        typed.setLanguage(Language.RU);
        NewDistrictAccount first = districtStaff().create(typed);
        assertNull(first.generatedPassword(), "a typed password is not handed back");

        DistrictStaffForm generated = form("admin");
        generated.setRoles(List.of(Role.DISTRICT_ADMINISTRATOR, Role.DISTRICT_METHODOLOGIST));
        generated.setInitialPassword("");
        NewDistrictAccount second = districtStaff().create(generated);
        assertNotNull(second.generatedPassword());

        CredentialValidationResult one = identityStore().validate(
                new UsernamePasswordCredential(typed.getUsername(), typed.getInitialPassword()));
        assertEquals(CredentialValidationResult.Status.VALID, one.getStatus());
        assertEquals(Set.of("DISTRICT_METHODOLOGIST"), one.getCallerGroups());
        CredentialValidationResult two = identityStore().validate(
                new UsernamePasswordCredential(generated.getUsername(), second.generatedPassword()));
        assertEquals(CredentialValidationResult.Status.VALID, two.getStatus());
        assertEquals(Set.of("DISTRICT_ADMINISTRATOR", "DISTRICT_METHODOLOGIST"), two.getCallerGroups());
        assertEquals(List.of(List.of("Жұмабаева Сәуле Қанатқызы", "RU")), db().rows(
                "SELECT FULL_NAME, UI_LANGUAGE FROM ACCOUNT WHERE ID = ? AND SCHOOL_ID IS NULL", first.id()));
        assertEquals(1, db().number("SELECT COUNT(*) FROM ACCOUNT WHERE ID = ? AND SCHOOL_ID IS NULL", second.id()));
        assertEquals(0, db().number("SELECT COUNT(*) FROM STAFF_MEMBER WHERE ACCOUNT_ID IN (?, ?)", first.id(), second.id()));
        assertTrue(districtStaff().all().stream().anyMatch(v -> v.username().equals(typed.getUsername())
                && v.roles().equals(List.of(Role.DISTRICT_METHODOLOGIST)) && v.language() == Language.RU));
    }

    private void assertRefused(String field, Consumer<DistrictStaffForm> spoil) {
        DistrictStaffForm form = form("refused");
        spoil.accept(form);
        RuntimeException refused = assertThrows(RuntimeException.class, () -> districtStaff().create(form));
        Set<String> fields = refused instanceof InvalidInputException e
                ? e.problems().stream().map(InvalidInputException.Problem::field).collect(Collectors.toSet())
                : ((ConstraintViolationException) refused).getConstraintViolations().stream()
                        .map(v -> v.getPropertyPath().toString().replaceAll(".*\\.", "")).collect(Collectors.toSet());
        assertEquals(Set.of(field), fields, refused::toString);
    }

    private static DistrictStaffForm form(String name) {
        DistrictStaffForm form = new DistrictStaffForm();
        form.setFullName("District " + name);
        form.setUsername("district." + name + unique());
        form.setRoles(List.of(Role.DISTRICT_METHODOLOGIST));
        form.setInitialPassword("Qala-Rudny-2026");
        return form;
    }

    private long newTeacher(String name) {
        StaffMemberForm form = new StaffMemberForm();
        form.setUsername("s7." + name + unique());
        form.setFullName("Teacher " + name);
        form.setRoles(List.of(Role.TEACHER));
        form.setInitialPassword("Qazaq-Til-2026");
        return staff().create(form);
    }

    private static AssociationForm association(String name, long headId) {
        AssociationForm form = new AssociationForm();
        form.setName("Association " + name + " " + unique());
        form.setHeadId(headId);
        form.setMemberIds(List.of(headId));
        return form;
    }

    private Set<String> roles(long staffId) {
        return db().column("SELECT r.ROLE_NAME FROM ACCOUNT_ROLE r JOIN STAFF_MEMBER m ON m.ACCOUNT_ID = r.ACCOUNT_ID "
                + "WHERE m.ID = ?", staffId).stream().map(String::valueOf).collect(Collectors.toSet());
    }

    private static String unique() {
        return Long.toString(System.nanoTime() % 10_000_000, 36);
    }

    private void signIn(String username) {
        AuthenticationStatus status = security().authenticate(CurrentExchange.request(), CurrentExchange.response(),
                AuthenticationParameters.withParams().credential(new UsernamePasswordCredential(username, DemoData.PASSWORD)));
        assertEquals(AuthenticationStatus.SUCCESS, status);
        caller().refresh();
        assertEquals(username, caller().getUsername());
    }
}
