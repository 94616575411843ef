package kz.rudny.cabinet.domain.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.it.support.Callers;
import kz.rudny.cabinet.domain.it.support.TestDatabase;
import kz.rudny.cabinet.domain.people.boundary.ApiTokenView;
import kz.rudny.cabinet.domain.people.boundary.ApiTokens;
import kz.rudny.cabinet.domain.people.boundary.NewApiToken;
import kz.rudny.cabinet.domain.people.boundary.Staff;
import kz.rudny.cabinet.domain.people.boundary.StaffMemberForm;
import kz.rudny.cabinet.domain.platform.control.DemoData;
import kz.rudny.cabinet.domain.security.ApiTokenCredential;
import kz.rudny.cabinet.domain.security.Role;
import org.junit.jupiter.api.Test;

/**
 * Personal API tokens: made by their owner and kept only as a SHA-256 digest, accepted by the identity store handler
 * as their account with its roles of the moment, refused once revoked, after their last day, or when the account is
 * deactivated; nobody revokes another person's token.
 *
 * <p>Run in the container by {@link DomainSuiteIT}, which implements this interface and hands it the beans through
 * the accessor methods below.
 */
interface ApiTokensTests {

    ApiTokens apiTokens();

    IdentityStoreHandler identityStoreHandler();

    Callers callers();

    Staff staff();

    TestDatabase db();

    @Test
    default void aTokenIsKeptOnlyAsItsDigestAndSignsInAsItsAccount() throws Exception {
        callers().signIn("s7.t04");
        NewApiToken made = apiTokens().create("  Backup script ", null);
        assertTrue(made.token().startsWith("cab_"), made.token());
        assertEquals("Backup script", made.view().name());
        List<List<Object>> stored = db().rows("SELECT TOKEN_HASH, NAME FROM API_TOKEN WHERE ID = ?", made.view().id());
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(made.token().getBytes(StandardCharsets.UTF_8)));
        assertEquals(digest, stored.get(0).get(0));
        assertEquals(0, db().number("SELECT COUNT(*) FROM API_TOKEN WHERE TOKEN_HASH = ?", made.token()));
        // In the school's audit trail: who made it, and its name; never the token nor its digest.
        assertEquals(List.of("Backup script"), db().column("SELECT c.NEW_VALUE FROM AUDIT_CHANGE c JOIN AUDIT_ENTRY e"
                + " ON c.ENTRY_ID = e.ID WHERE e.AUDIT_ACTION = 'API_TOKEN_CREATED' AND e.RECORD_ID = ?",
                made.view().id()));
        assertEquals(0, db().number("SELECT COUNT(*) FROM AUDIT_CHANGE WHERE NEW_VALUE LIKE ? OR NEW_VALUE = ?",
                "%" + made.token() + "%", digest));

        CredentialValidationResult result = identityStoreHandler().validate(new ApiTokenCredential(made.token()));
        assertEquals(CredentialValidationResult.Status.VALID, result.getStatus());
        assertEquals("s7.t04", result.getCallerPrincipal().getName());
        assertEquals(Set.of(Role.TEACHER.name()), result.getCallerGroups());
        assertNotNull(apiTokens().mine().stream().filter(t -> t.id() == made.view().id()).findFirst().orElseThrow()
                .lastUsedAt(), "the use is noted");

        assertEquals(CredentialValidationResult.Status.INVALID,
                identityStoreHandler().validate(new ApiTokenCredential(made.token() + "x")).getStatus());
        assertEquals(CredentialValidationResult.Status.INVALID,
                identityStoreHandler().validate(new ApiTokenCredential("cab_" + "B".repeat(43))).getStatus());
    }

    @Test
    default void aRevokedTokenAndOneAfterItsLastDayAreRefused() {
        callers().signIn("s7.t05");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        NewApiToken revoked = apiTokens().create("To revoke", null);
        NewApiToken dated = apiTokens().create("Until today", today);
        assertEquals(CredentialValidationResult.Status.VALID, validate(dated.token()), "usable on its last day");

        apiTokens().revoke(revoked.view().id());
        assertEquals(CredentialValidationResult.Status.INVALID, validate(revoked.token()));
        apiTokens().revoke(revoked.view().id());
        assertEquals(1, db().number("SELECT COUNT(*) FROM AUDIT_ENTRY WHERE AUDIT_ACTION = 'API_TOKEN_REVOKED'"
                + " AND RECORD_ID = ?", revoked.view().id()), "revoked once in the audit trail; again changes nothing");
        ApiTokenView listed = apiTokens().mine().stream().filter(t -> t.id() == revoked.view().id()).findFirst()
                .orElseThrow();
        assertFalse(listed.usable());
        assertNotNull(listed.revokedAt());

        db().update("UPDATE API_TOKEN SET EXPIRES_ON = ? WHERE ID = ?", java.sql.Date.valueOf(today.minusDays(1)),
                dated.view().id());
        assertEquals(CredentialValidationResult.Status.INVALID, validate(dated.token()));
    }

    @Test
    default void aTokenWithoutANameTooLongOrEndedIsRefusedByTheFieldAndNothingStored() {
        callers().signIn("s7.t06");
        long before = db().number("SELECT COUNT(*) FROM API_TOKEN");
        long audited = db().number("SELECT COUNT(*) FROM AUDIT_ENTRY");
        assertEquals("name", assertThrows(InvalidInputException.class, () -> apiTokens().create(" ", null))
                .problems().get(0).field());
        assertEquals("name", assertThrows(InvalidInputException.class,
                () -> apiTokens().create("x".repeat(101), null)).problems().get(0).field());
        assertEquals("expiresOn", assertThrows(InvalidInputException.class,
                () -> apiTokens().create("Yesterday", LocalDate.now(ZoneOffset.UTC).minusDays(1))).problems().get(0)
                .field());
        assertEquals(before, db().number("SELECT COUNT(*) FROM API_TOKEN"));
        assertEquals(audited, db().number("SELECT COUNT(*) FROM AUDIT_ENTRY"), "nothing audited either");
    }

    @Test
    default void nobodyListsOrRevokesAnotherPersonsToken() {
        callers().signIn("s7.t07");
        NewApiToken mine = apiTokens().create("Mine", null);
        callers().signIn("g3.t07");
        assertTrue(apiTokens().mine().stream().noneMatch(t -> t.id() == mine.view().id()));
        assertThrows(NotFoundException.class, () -> apiTokens().revoke(mine.view().id()));
        assertEquals(0, db().number("SELECT COUNT(*) FROM AUDIT_ENTRY WHERE AUDIT_ACTION = 'API_TOKEN_REVOKED'"
                + " AND RECORD_ID = ?", mine.view().id()));
        assertEquals(CredentialValidationResult.Status.VALID, validate(mine.token()), "still works for its owner");
    }

    @Test
    default void aDeactivatedAccountsTokensStopWorking() {
        callers().signIn("s7.methodologist");
        StaffMemberForm form = new StaffMemberForm();
        String username = "s7.token" + Long.toString(System.nanoTime() % 10_000_000, 36);
        form.setUsername(username);
        form.setFullName("Token Teacher");
        form.setRoles(List.of(Role.TEACHER));
        form.setInitialPassword(DemoData.PASSWORD);
        long staffId = staff().create(form);
        callers().signIn(username);
        NewApiToken token = apiTokens().create("Script", null);
        assertEquals(CredentialValidationResult.Status.VALID, validate(token.token()));

        callers().signIn("s7.methodologist");
        staff().deactivate(staffId);
        assertEquals(CredentialValidationResult.Status.INVALID, validate(token.token()));
    }

    private CredentialValidationResult.Status validate(String token) {
        return identityStoreHandler().validate(new ApiTokenCredential(token)).getStatus();
    }
}
