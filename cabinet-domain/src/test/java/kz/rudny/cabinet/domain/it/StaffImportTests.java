package kz.rudny.cabinet.domain.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import kz.rudny.cabinet.domain.errors.AccessDeniedException;
import kz.rudny.cabinet.domain.it.support.CurrentExchange;
import kz.rudny.cabinet.domain.it.support.TestDatabase;
import kz.rudny.cabinet.domain.platform.control.DemoData;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.PasswordHashing;
import kz.rudny.cabinet.domain.staffimport.boundary.StaffImport;
import kz.rudny.cabinet.domain.staffimport.boundary.StaffImportReport;
import org.junit.jupiter.api.Test;

/**
 * The staff import as the school methodologist of №7 (s7) really signed in: correct rows become accounts of that
 * school only, whose first passwords sign in, are stored only as hashes and are marked to be changed; refused
 * rows store nothing; another school's association names are unknown here; everything is written in one
 * transaction; nobody else may import. (Being held on the password page is the end-to-end test's part.)
 *
 * <p>Run in the container by {@link DomainSuiteIT}, which implements this interface and hands it the beans through
 * the accessor methods below.
 */
interface StaffImportTests {

    static final String METHODOLOGIST = "s7.methodologist";
    /** An association of s7, and one of the gymnasium №3 (g3) that s7's file must not reach. */
    static final String OWN_ASSOCIATION = "Бастауыш сынып ӘБ / МО начальных классов";
    static final String OTHER_SCHOOLS_ASSOCIATION = "Қазақ тілі мен әдебиеті ӘБ";

    SecurityContext security();

    CurrentCaller caller();

    StaffImport staffImport();

    IdentityStoreHandler identityStoreHandler();

    TestDatabase db();

    @Test
    default void correctRowsBecomeAccountsOfTheSchoolAndRefusedRowsStoreNothing() {
        signIn(METHODOLOGIST, DemoData.PASSWORD);
        String tag = Long.toString(System.currentTimeMillis() % 100_000);
        long school = db().schoolOf(METHODOLOGIST);
        long audits = db().number("SELECT COUNT(*) FROM AUDIT_ENTRY");
        String file = "ФИО;Должность;Предметы;МО;Роли;Начало педагогической деятельности;Категория;Логин;Туған күні;"
                + "Білімі\n"
                + "Оспанова Әсел " + tag + ";Бастауыш сынып мұғалімі;PRIMARY;" + OWN_ASSOCIATION
                + ";мұғалім, тәлімгер;01.09.2019;педагог-модератор;s7.asel" + tag + ";14.03.1996;жоғары педагогикалық\n"
                + "Ким Виктор " + tag + ";Учитель физики;PHYSICS;;;2025;;\n"
                + "Жанов Ерлан " + tag + ";Учитель;;" + OTHER_SCHOOLS_ASSOCIATION + ";;;;s7.erlan" + tag + "\n";

        StaffImportReport report = staffImport().importSheet(csv(file), "staff.csv");

        List<String> usernames = report.created().stream().map(StaffImportReport.Created::username).toList();
        assertEquals(2, usernames.size(), usernames::toString);
        assertEquals("s7.asel" + tag, usernames.get(0), "the file's own username");
        assertTrue(usernames.get(1).matches("viktor\\.kim\\d*"), "made from the name: " + usernames);
        assertEquals(List.of(new StaffImportReport.Refused(4, "МО", "staff.import.association.unknown",
                OTHER_SCHOOLS_ASSOCIATION)), report.refused(), "another school's association is unknown here");
        assertEquals(0, db().number("SELECT COUNT(*) FROM ACCOUNT WHERE USERNAME = ?", "s7.erlan" + tag));

        for (StaffImportReport.Created created : report.created()) {
            List<Object> account = db().rows("SELECT SCHOOL_ID, PASSWORD_HASH, PASSWORD_CHANGE_REQUIRED, FULL_NAME "
                    + "FROM ACCOUNT WHERE USERNAME = ?", created.username()).get(0);
            assertEquals(school, ((Number) account.get(0)).longValue());
            String hash = (String) account.get(1);
            assertFalse(hash.contains(created.firstPassword()), "never stored in clear");
            assertTrue(PasswordHashing.verify(created.firstPassword().toCharArray(), hash));
            assertEquals(Boolean.TRUE, account.get(2), "to be changed at the first sign-in");
            assertEquals(created.fullName(), account.get(3));
            CredentialValidationResult signIn = identityStoreHandler().validate(
                    new UsernamePasswordCredential(created.username(), created.firstPassword()));
            assertEquals(CredentialValidationResult.Status.VALID, signIn.getStatus(), "the first password signs in");
        }
        List<Object> asel = db().rows("SELECT m.JOB_TITLE, m.TEACHING_SINCE, m.CATEGORY, m.SCHOOL_ID, m.BIRTH_DATE, "
                + "m.EDUCATION FROM STAFF_MEMBER m "
                + "JOIN ACCOUNT a ON a.ID = m.ACCOUNT_ID WHERE a.USERNAME = ?", "s7.asel" + tag).get(0);
        assertEquals("Бастауыш сынып мұғалімі", asel.get(0));
        assertEquals(LocalDate.of(2019, 9, 1), ((Date) asel.get(1)).toLocalDate());
        assertEquals("MODERATOR", asel.get(2));
        assertEquals(school, ((Number) asel.get(3)).longValue());
        assertEquals(LocalDate.of(1996, 3, 14), ((Date) asel.get(4)).toLocalDate());
        assertEquals("HIGHER_PEDAGOGICAL", asel.get(5));
        assertEquals(List.of("MENTOR", "TEACHER"), db().column("SELECT r.ROLE_NAME FROM ACCOUNT_ROLE r JOIN ACCOUNT a "
                + "ON a.ID = r.ACCOUNT_ID WHERE a.USERNAME = ? ORDER BY r.ROLE_NAME", "s7.asel" + tag));
        assertEquals(List.of(OWN_ASSOCIATION), db().column("SELECT ma.NAME FROM METHODICAL_ASSOCIATION ma "
                + "JOIN ASSOCIATION_MEMBER am ON am.ASSOCIATION_ID = ma.ID JOIN STAFF_MEMBER m ON m.ID = am.STAFF_MEMBER_ID "
                + "JOIN ACCOUNT a ON a.ID = m.ACCOUNT_ID WHERE a.USERNAME = ?", "s7.asel" + tag));
        assertEquals(LocalDate.of(2025, 9, 1), ((Date) db().column("SELECT m.TEACHING_SINCE FROM STAFF_MEMBER m JOIN ACCOUNT a "
                + "ON a.ID = m.ACCOUNT_ID WHERE a.USERNAME = ?", usernames.get(1)).get(0)).toLocalDate());

        List<Object> usernamesAudited = db().column("SELECT c.NEW_VALUE FROM AUDIT_CHANGE c JOIN AUDIT_ENTRY e"
                + " ON e.ID = c.ENTRY_ID WHERE e.SCHOOL_ID = ? AND e.AUDIT_ACTION = ? AND c.FIELD_KEY = ?",
                school, "STAFF_IMPORTED", "USERNAMES");
        assertTrue(usernamesAudited.stream().anyMatch(d -> String.valueOf(d).contains("s7.asel" + tag)),
                usernamesAudited::toString);
        assertTrue(db().number("SELECT COUNT(*) FROM AUDIT_ENTRY") > audits);
        for (StaffImportReport.Created created : report.created()) {
            assertEquals(0, db().number("SELECT COUNT(*) FROM AUDIT_ENTRY WHERE DETAILS LIKE ?",
                    "%" + created.firstPassword() + "%"), "no password in the audit trail");
            assertEquals(0, db().number("SELECT COUNT(*) FROM AUDIT_CHANGE WHERE OLD_VALUE LIKE ? OR NEW_VALUE LIKE ?",
                    "%" + created.firstPassword() + "%", "%" + created.firstPassword() + "%"),
                    "no password in the audit trail's changes");
        }
    }

    @Test
    default void everythingAnImportWritesIsOneTransaction() {
        signIn(METHODOLOGIST, DemoData.PASSWORD);
        String tag = Long.toString(System.currentTimeMillis() % 100_000);
        long accounts = db().number("SELECT COUNT(*) FROM ACCOUNT");
        long staff = db().number("SELECT COUNT(*) FROM STAFF_MEMBER");
        long members = db().number("SELECT COUNT(*) FROM ASSOCIATION_MEMBER");
        long audits = db().number("SELECT COUNT(*) FROM AUDIT_ENTRY");

        StaffImportReport report = db().inRolledBackTransaction(() -> staffImport().importSheet(csv(
                "name;associations\nПетрова Анна " + tag + ";" + OWN_ASSOCIATION + "\nСидоров Олег " + tag + ";\n"),
                "staff.csv"));

        assertEquals(2, report.created().size(), "the import itself went through");
        assertEquals(accounts, db().number("SELECT COUNT(*) FROM ACCOUNT"), "no account outlives the transaction");
        assertEquals(staff, db().number("SELECT COUNT(*) FROM STAFF_MEMBER"));
        assertEquals(members, db().number("SELECT COUNT(*) FROM ASSOCIATION_MEMBER"));
        assertEquals(audits, db().number("SELECT COUNT(*) FROM AUDIT_ENTRY"));
    }

    @Test
    default void aTeacherMayNotImport() {
        assertRefused("s7.head"); // association head and teacher
    }

    @Test
    default void theDistrictMethodologistMayNotImport() {
        assertRefused("district.methodologist");
    }

    /** Signs the account in (once per test: a request has one caller) and finds the import refused, nothing stored. */
    private void assertRefused(String username) {
        signIn(username, DemoData.PASSWORD);
        String name = "Бөтен Адам " + username;
        long accounts = db().number("SELECT COUNT(*) FROM ACCOUNT");
        assertThrows(AccessDeniedException.class,
                () -> staffImport().importSheet(csv("name\n" + name + "\n"), "staff.csv"), username);
        assertEquals(accounts, db().number("SELECT COUNT(*) FROM ACCOUNT"));
        assertEquals(0, db().number("SELECT COUNT(*) FROM ACCOUNT WHERE FULL_NAME = ?", name));
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Signs the account in for this request, as the sign-in page does, and checks who the caller is. */
    private void signIn(String username, String password) {
        AuthenticationStatus status = security().authenticate(CurrentExchange.request(), CurrentExchange.response(),
                AuthenticationParameters.withParams().credential(new UsernamePasswordCredential(username, password)));
        assertEquals(AuthenticationStatus.SUCCESS, status, username);
        caller().refresh();
        assertEquals(username, caller().getUsername());
    }
}
