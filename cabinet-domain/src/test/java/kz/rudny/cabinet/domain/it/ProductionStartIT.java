package kz.rudny.cabinet.domain.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.rudny.cabinet.domain.it.support.CurrentExchange;
import kz.rudny.cabinet.domain.it.support.Deployments;
import kz.rudny.cabinet.domain.it.support.TestDatabase;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.people.boundary.Profile;
import kz.rudny.cabinet.domain.people.control.AccountIdentityStore;
import kz.rudny.cabinet.domain.platform.boundary.ConfigKeys;
import kz.rudny.cabinet.domain.platform.boundary.Platform;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.platform.control.Database;
import kz.rudny.cabinet.domain.platform.control.FirstAdministrator;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A production start: demo data off and an empty database of this deployment's own (its config source outranks
 * the shared Micro's -Dcabinet.demo-data=true, -Dcabinet.data.dir and -Dcabinet.jdbc.url): a Derby database in its
 * own data folder, or, in the PostgreSQL run, the empty database the build made for it (it.jdbc.emptyUrl). The
 * platform migrates the schema and creates one district administrator with the configured initial password, and
 * nothing else. The interface
 * language is configured to Russian here (the shipped default is Kazakh).
 *
 * <p>This is the one in-container class of the module that is not part of {@link DomainSuiteIT}, so it boots a
 * Payara Micro of its own (the adapter boots one per deployment): what it tests is the start-up of a deployment
 * configured differently from the suite's in the whole (demo data off, another data folder and database, another
 * language). The start-up runs once per deployment, and the suite's tests need the demo data that this one must not
 * see; neither can share the other's WAR.
 */
@ExtendWith(ArquillianExtension.class)
class ProductionStartIT {

    private static final String PASSWORD = "Kabinet-Prod-2025!";

    @Deployment
    static WebArchive deployment() throws IOException {
        Path builds = Path.of(System.getProperty("it.dataDir", "target/it-data/ide")).toAbsolutePath().getParent();
        Path dataDir = Files.createTempDirectory(Files.createDirectories(builds), "production-start-");
        Map<String, String> config = new HashMap<>(Map.of(
                ConfigKeys.DEMO_DATA, "false",
                ConfigKeys.DATA_DIR, dataDir.toString(),
                ConfigKeys.ADMIN_PASSWORD, PASSWORD,
                ConfigKeys.DEFAULT_LANGUAGE, "ru"));
        String emptyDatabase = System.getProperty("it.jdbc.emptyUrl");
        if (emptyDatabase != null) {
            config.put(ConfigKeys.JDBC_URL, emptyDatabase);
        }
        return Deployments.withOwnConfig(Deployments.cabinetDomain(ProductionStartIT.class), config);
    }

    @Inject
    TestDatabase db;

    @Inject
    Database database;

    @Inject
    Platform platform;

    @Inject
    FirstAdministrator administrator;

    @Inject
    AccountIdentityStore identityStore;

    @Inject
    SecurityContext security;

    @Inject
    CurrentCaller caller;

    @Inject
    Profile profile;

    @Inject
    Settings settings;

    @Test
    void theDeploymentRunsWithoutDemoDataOnItsOwnDatabase() throws Exception {
        Path dataDir = Path.of(ConfigProvider.getConfig().getValue(ConfigKeys.DATA_DIR, String.class));
        assertFalse(ConfigProvider.getConfig().getValue(ConfigKeys.DEMO_DATA, Boolean.class));
        assertTrue(Boolean.getBoolean(ConfigKeys.DEMO_DATA), "the shared Micro itself runs with demo data on");
        Path demoDataDir = Path.of(System.getProperty(ConfigKeys.DATA_DIR));
        assertNotEquals(demoDataDir, dataDir);
        assertTrue(dataDir.getFileName().toString().startsWith("production-start-"), dataDir::toString);
        Optional<String> ownUrl = ConfigProvider.getConfig().getOptionalValue(ConfigKeys.JDBC_URL, String.class);
        String url;
        try (Connection c = database.dataSource().getConnection()) {
            url = c.getMetaData().getURL();
        }
        if (ownUrl.isPresent()) {
            String shared = System.getProperty(ConfigKeys.JDBC_URL);
            assertTrue(shared.startsWith("jdbc:postgresql:"), "the PostgreSQL run: " + shared);
            assertNotEquals(shared, ownUrl.get());
            assertEquals(ownUrl.get(), url);
        } else {
            assertEquals("jdbc:derby:" + dataDir.resolve("derby"), url);
            assertTrue(Files.isRegularFile(dataDir.resolve("derby").resolve("service.properties")),
                    "the Derby database was created in " + dataDir);
        }
        assertTrue(platform.isReady());
    }

    @Test
    void theMigrationsRanAndSeededTheSubjects() {
        var info = Flyway.configure(Flyway.class.getClassLoader()).dataSource(database.dataSource())
                .locations("classpath:db/migration").load().info();
        assertEquals(0, info.pending().length, "pending migrations");
        assertEquals(22, db.number("SELECT COUNT(*) FROM SUBJECT"));
    }

    @Test
    void anEmptyDatabaseGetsExactlyOneDistrictAdministratorAndNothingElse() {
        List<List<Object>> accounts = db.rows("SELECT USERNAME, SCHOOL_ID, PASSWORD_HASH FROM ACCOUNT");
        assertEquals(1, accounts.size(), accounts::toString);
        List<Object> admin = accounts.get(0);
        assertEquals("admin", admin.get(0));
        assertNull(admin.get(1), "the administrator belongs to no school");
        assertTrue(String.valueOf(admin.get(2)).startsWith("PBKDF2WithHmacSHA512:210000:"), "hash format");
        assertEquals(List.of(List.of("admin", "DISTRICT_ADMINISTRATOR")), db.rows("SELECT a.USERNAME, r.ROLE_NAME"
                + " FROM ACCOUNT_ROLE r JOIN ACCOUNT a ON a.ID = r.ACCOUNT_ID"));
        for (String table : List.of("SCHOOL", "STAFF_MEMBER", "METHODICAL_ASSOCIATION", "AUDIT_ENTRY")) {
            assertEquals(0, db.number("SELECT COUNT(*) FROM " + table), table);
        }
    }

    @Test
    void theConfiguredInitialPasswordSignsTheAdministratorIn() {
        CredentialValidationResult result = validate("admin", PASSWORD);
        assertEquals(CredentialValidationResult.Status.VALID, result.getStatus());
        assertEquals("admin", result.getCallerPrincipal().getName());
        assertEquals(Set.of("DISTRICT_ADMINISTRATOR"), result.getCallerGroups());
        assertEquals(CredentialValidationResult.Status.INVALID, validate("admin", PASSWORD + "x").getStatus());
    }

    @Test
    void startingAgainCreatesNoSecondAdministratorAndKeepsItsPassword() {
        Object hash = db.column("SELECT PASSWORD_HASH FROM ACCOUNT WHERE USERNAME = 'admin'").get(0);
        platform.start();
        administrator.ensureExists(Optional.of("Another-Pass-42"));
        administrator.ensureExists(Optional.empty());
        assertEquals(1, db.number("SELECT COUNT(*) FROM ACCOUNT"));
        assertEquals(List.of(hash), db.column("SELECT PASSWORD_HASH FROM ACCOUNT WHERE USERNAME = 'admin'"));
        assertEquals(CredentialValidationResult.Status.VALID, validate("admin", PASSWORD).getStatus());
    }

    @Test
    void theAdministratorWhoChoseNoLanguageGetsTheConfiguredOne() {
        AuthenticationStatus status = security.authenticate(CurrentExchange.request(), CurrentExchange.response(),
                AuthenticationParameters.withParams().credential(new UsernamePasswordCredential("admin", PASSWORD)));
        assertEquals(AuthenticationStatus.SUCCESS, status);
        caller.refresh();
        assertNull(db.column("SELECT UI_LANGUAGE FROM ACCOUNT WHERE USERNAME = 'admin'").get(0));
        assertEquals(Language.RU, settings.defaultLanguage());
        assertEquals(Language.RU, profile.form().getLanguage());
        assertEquals(Language.RU, profile.language(settings.defaultLanguage()));
    }

    private CredentialValidationResult validate(String username, String password) {
        return identityStore.validate(new UsernamePasswordCredential(username, password));
    }
}
