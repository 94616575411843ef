package kz.rudny.cabinet.domain.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kz.rudny.cabinet.domain.association.entity.MethodicalAssociation;
import kz.rudny.cabinet.domain.audit.entity.AuditEntry;
import kz.rudny.cabinet.domain.certificates.entity.CertificateRecord;
import kz.rudny.cabinet.domain.it.support.TestDatabase;
import kz.rudny.cabinet.domain.notifications.entity.Notification;
import kz.rudny.cabinet.domain.people.control.AccountIdentityStore;
import kz.rudny.cabinet.domain.people.entity.Account;
import kz.rudny.cabinet.domain.people.entity.ApiToken;
import kz.rudny.cabinet.domain.people.entity.LoginAttempt;
import kz.rudny.cabinet.domain.people.entity.StaffMember;
import kz.rudny.cabinet.domain.platform.control.Database;
import kz.rudny.cabinet.domain.platform.control.DemoData;
import kz.rudny.cabinet.domain.platform.entity.RoutineRun;
import kz.rudny.cabinet.domain.school.entity.School;
import kz.rudny.cabinet.domain.subject.entity.Subject;
import kz.rudny.cabinet.domain.tenancy.NoSchoolException;
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import kz.rudny.cabinet.domain.tenancy.Tenancy;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumns;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.junit.jupiter.api.Test;

/**
 * The shared kernel in Payara Micro with embedded Derby and the demo data: migrations, the tenant filter,
 * and the identity store. Runs in the container, with no signed-in caller.
 *
 * <p>Run in the container by {@link DomainSuiteIT}, which implements this interface and hands it the beans through
 * the accessor methods below.
 */
interface PlatformTests {

    /** Entities that are not school-scoped, each with the reason; anything else must carry the SCHOOL_ID filter. */
    static final Map<Class<?>, String> DISTRICT_LEVEL = Map.of(
            School.class, "the tenant itself",
            Account.class, "sign-in finds the account before any school is known",
            Subject.class, "the republic's curriculum, the same for every school",
            LoginAttempt.class, "written before any school is known",
            Notification.class, "a person's inbox, read only by its recipient's account (district people have one too)",
            ApiToken.class, "a person's API tokens: found by the token's digest before any school is known",
            CertificateRecord.class, "the public register of certificates: anyone with a code reads what it states",
            RoutineRun.class, "the leases and last runs of scheduled work, one row per routine of the whole cluster");

    static final String PASSWORD = DemoData.PASSWORD;

    TestDatabase db();

    Database database();

    Tenancy tenancy();

    AccountIdentityStore identityStore();

    @Test
    default void theMigrationsCreatedEveryTableAndSeededTheSubjects() throws Exception {
        MigrationInfoService info = Flyway.configure(Flyway.class.getClassLoader()).dataSource(database().dataSource())
                .locations("classpath:db/migration").load().info();
        assertEquals("21", info.current().getVersion().getVersion());
        assertEquals(0, info.pending().length, "pending migrations");

        Set<String> tables = new TreeSet<>();
        try (Connection c = database().dataSource().getConnection();
             ResultSet r = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (r.next()) {
                tables.add(r.getString("TABLE_NAME").toUpperCase());
            }
        }
        assertTrue(tables.containsAll(Set.of("SCHOOL", "ACCOUNT", "ACCOUNT_ROLE", "SUBJECT", "STAFF_MEMBER",
                "STAFF_SUBJECT", "METHODICAL_ASSOCIATION", "ASSOCIATION_MEMBER", "AUDIT_ENTRY", "AUDIT_CHANGE",
                "LOGIN_ATTEMPT", "NOTIFICATION", "CERTIFICATE_REGISTER", "ANALYSIS_TEMPLATE", "ROUTINE_RUN",
                "ANALYSIS_TEMPLATE_ITEM", "API_TOKEN")),
                tables::toString);
        assertEquals(22, db().number("SELECT COUNT(*) FROM SUBJECT"));
        assertEquals("Қазақ тілі", db().column("SELECT NAME_KK FROM SUBJECT WHERE CODE = 'KAZAKH_LANGUAGE'").get(0));
    }

    @Test
    default void theDemoDataHasThreeSchoolsEachWithStaffAndAssociations() {
        assertEquals(3, db().number("SELECT COUNT(*) FROM SCHOOL"));
        for (Object schoolId : db().column("SELECT ID FROM SCHOOL")) {
            assertTrue(db().number("SELECT COUNT(*) FROM STAFF_MEMBER WHERE SCHOOL_ID = ?", schoolId) >= 10);
            assertEquals(3, db().number("SELECT COUNT(*) FROM METHODICAL_ASSOCIATION WHERE SCHOOL_ID = ?", schoolId));
        }
        assertNull(db().column("SELECT SCHOOL_ID FROM ACCOUNT WHERE USERNAME = 'district.admin'").get(0),
                "the district administrator belongs to no school");
    }

    @Test
    default void noRowLinksTheRecordsOfTwoSchools() {
        assertAll(
                () -> assertEquals(0, db().number("SELECT COUNT(*) FROM ASSOCIATION_MEMBER am"
                        + " JOIN METHODICAL_ASSOCIATION a ON a.ID = am.ASSOCIATION_ID"
                        + " JOIN STAFF_MEMBER m ON m.ID = am.STAFF_MEMBER_ID WHERE a.SCHOOL_ID <> m.SCHOOL_ID"), "members"),
                () -> assertEquals(0, db().number("SELECT COUNT(*) FROM METHODICAL_ASSOCIATION a"
                        + " JOIN STAFF_MEMBER m ON m.ID = a.HEAD_ID WHERE a.SCHOOL_ID <> m.SCHOOL_ID"), "heads"),
                () -> assertEquals(0, db().number("SELECT COUNT(*) FROM STAFF_MEMBER m JOIN ACCOUNT a ON a.ID = m.ACCOUNT_ID"
                        + " WHERE a.SCHOOL_ID IS NULL OR a.SCHOOL_ID <> m.SCHOOL_ID"), "accounts"));
    }

    @Test
    default void everyEntityIsSchoolScopedOrAReviewedDistrictLevelEntity() {
        List<String> problems = new ArrayList<>();
        Set<Class<?>> entities = new HashSet<>();
        for (EntityType<?> entity : db().em().getMetamodel().getEntities()) {
            Class<?> type = entity.getJavaType();
            entities.add(type);
            if (DISTRICT_LEVEL.containsKey(type)) {
                if (type.isAnnotationPresent(Multitenant.class)) {
                    problems.add(type.getName() + " is on the district-level list but is school-scoped");
                }
            } else if (!isSchoolScoped(type)) {
                problems.add(type.getName() + " is neither @Multitenant with the " + SchoolScoped.COLUMN
                        + " discriminator nor on the reviewed district-level list");
            }
        }
        DISTRICT_LEVEL.keySet().stream().filter(t -> !entities.contains(t))
                .forEach(t -> problems.add(t.getName() + " is on the district-level list but is no entity"));
        assertTrue(entities.containsAll(Set.of(StaffMember.class, MethodicalAssociation.class, AuditEntry.class)));
        assertEquals(List.of(), problems);
    }

    private static boolean isSchoolScoped(Class<?> type) {
        List<TenantDiscriminatorColumn> columns = new ArrayList<>(List.of(type.getAnnotationsByType(TenantDiscriminatorColumn.class)));
        TenantDiscriminatorColumns several = type.getAnnotation(TenantDiscriminatorColumns.class);
        if (several != null) {
            columns.addAll(List.of(several.value()));
        }
        return type.isAnnotationPresent(Multitenant.class) && columns.stream().anyMatch(c ->
                SchoolScoped.COLUMN.equals(c.name()) && SchoolScoped.TENANT_PROPERTY.equals(c.contextProperty()));
    }

    @Test
    default void withoutASchoolSchoolDataIsRefused() {
        db().inRolledBackTransaction(() -> {
            assertThrows(NoSchoolException.class, () -> tenancy().schoolData());
            EntityManager em = db().em();
            for (Class<?> type : List.of(StaffMember.class, MethodicalAssociation.class, AuditEntry.class)) {
                RuntimeException refused = assertThrows(RuntimeException.class, () -> em.createQuery(
                        "SELECT e FROM " + type.getSimpleName() + " e", type).getResultList(), type.getSimpleName());
                assertTrue(String.valueOf(refused.getMessage()).contains(SchoolScoped.TENANT_PROPERTY), refused::toString);
            }
            return null;
        });
    }

    @Test
    default void schoolDataIsRefusedOutsideATransaction() {
        long school = db().schoolOf("s7.methodologist");
        assertThrows(IllegalStateException.class, () -> tenancy().asSchool(school, () -> tenancy().schoolData()));
    }

    @Test
    default void aSchoolSeesOnlyItsOwnStaffAssociationsAndAuditEntries() {
        long a = db().schoolOf("s7.methodologist");
        long b = db().schoolOf("g3.methodologist");
        Map<Class<?>, String> tables = Map.of(StaffMember.class, "STAFF_MEMBER",
                MethodicalAssociation.class, "METHODICAL_ASSOCIATION", AuditEntry.class, "AUDIT_ENTRY");
        tables.forEach((type, table) -> {
            List<Long> ofA = db().idsOfSchool(table, a);
            // Both schools have rows, so it is the filter (not an empty table) that hides B's.
            assertTrue(!ofA.isEmpty() && !db().idsOfSchool(table, b).isEmpty(), table + " has rows in both schools");
            List<Long> seen = db().inRolledBackTransaction(() -> tenancy().asSchool(a, () -> tenancy().schoolData()
                    .createQuery("SELECT e.id FROM " + type.getSimpleName() + " e ORDER BY e.id", Long.class)
                    .getResultList()));
            assertEquals(ofA, seen, table);
        });
    }

    @Test
    default void aSchoolCannotFindAnotherSchoolsRecordsById() {
        long a = db().schoolOf("s7.methodologist");
        long b = db().schoolOf("g3.methodologist");
        long staffOfB = db().idsOfSchool("STAFF_MEMBER", b).get(0);
        long associationOfB = db().idsOfSchool("METHODICAL_ASSOCIATION", b).get(0);
        long auditOfB = db().idsOfSchool("AUDIT_ENTRY", b).get(0);
        long staffOfA = db().idsOfSchool("STAFF_MEMBER", a).get(0);
        db().inRolledBackTransaction(() -> tenancy().asSchool(a, () -> {
            EntityManager em = tenancy().schoolData();
            assertAll(
                    () -> assertNull(em.find(StaffMember.class, staffOfB)),
                    () -> assertNull(em.find(MethodicalAssociation.class, associationOfB)),
                    () -> assertNull(em.find(AuditEntry.class, auditOfB)),
                    () -> assertEquals(a, em.find(StaffMember.class, staffOfA).getSchoolId()));
            return null;
        }));
    }

    @Test
    default void aDemoAccountSignsInWithItsRolesAsGroupsAndTheAttemptIsRecorded() {
        int before = db().loginOutcomes("s7.methodologist").size();
        CredentialValidationResult result = validate("s7.methodologist", PASSWORD);
        assertEquals(CredentialValidationResult.Status.VALID, result.getStatus());
        assertEquals("s7.methodologist", result.getCallerPrincipal().getName());
        assertEquals(Set.of("SCHOOL_METHODOLOGIST", "TEACHER"), result.getCallerGroups());
        assertEquals(Set.of("DISTRICT_ADMINISTRATOR"), validate("district.admin", PASSWORD).getCallerGroups());
        List<Object> outcomes = db().loginOutcomes("s7.methodologist");
        assertEquals(before + 1, outcomes.size());
        assertEquals("SUCCESS", outcomes.get(outcomes.size() - 1));
    }

    @Test
    default void aWrongPasswordOrUnknownNameIsRefusedAndRecorded() {
        assertEquals(CredentialValidationResult.Status.INVALID, validate("s12.teacher", "Rudny-2025").getStatus());
        assertEquals(List.of("FAILURE"), db().loginOutcomes("s12.teacher"));
        assertEquals(CredentialValidationResult.Status.INVALID, validate("nobody.here", PASSWORD).getStatus());
        assertEquals(List.of("FAILURE"), db().loginOutcomes("nobody.here"));
    }

    @Test
    default void aDeactivatedAccountCannotSignIn() {
        assertEquals(CredentialValidationResult.Status.VALID, validate("s12.t06", PASSWORD).getStatus());
        db().inTransaction(() -> {
            db().em().createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", "s12.t06")
                    .getSingleResult().setActive(false);
            return null;
        });
        assertEquals(CredentialValidationResult.Status.INVALID, validate("s12.t06", PASSWORD).getStatus());
        assertEquals(List.of("SUCCESS", "FAILURE"), db().loginOutcomes("s12.t06"));
    }

    @Test
    default void fiveWrongPasswordsThrottleThatAccountButNotOthers() {
        for (int i = 1; i <= 5; i++) {
            assertEquals(CredentialValidationResult.Status.INVALID, validate("s12.t05", "wrong-" + i).getStatus());
        }
        assertEquals(CredentialValidationResult.Status.INVALID, validate("s12.t05", PASSWORD).getStatus(),
                "the right password after five wrong ones from the same address");
        assertEquals(List.of("FAILURE", "FAILURE", "FAILURE", "FAILURE", "FAILURE", "THROTTLED"),
                db().loginOutcomes("s12.t05"));
        assertEquals(CredentialValidationResult.Status.VALID, validate("s12.t04", PASSWORD).getStatus());
    }

    @Test
    default void everyStoredPasswordHashIsPbkdf2Sha512With210000Iterations() {
        List<Object> hashes = db().column("SELECT PASSWORD_HASH FROM ACCOUNT");
        assertTrue(hashes.size() >= 40, "demo accounts: " + hashes.size());
        for (Object hash : hashes) {
            if (!String.valueOf(hash).startsWith("PBKDF2WithHmacSHA512:210000:")) {
                fail("weak or unknown hash format: " + String.valueOf(hash).split(":")[0]);
            }
        }
    }

    private CredentialValidationResult validate(String username, String password) {
        return identityStore().validate(new UsernamePasswordCredential(username, password));
    }
}
