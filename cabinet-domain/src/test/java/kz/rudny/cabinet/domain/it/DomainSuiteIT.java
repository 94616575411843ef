package kz.rudny.cabinet.domain.it;

import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.io.File;
import java.util.Map;
import kz.rudny.cabinet.domain.association.boundary.Associations;
import kz.rudny.cabinet.domain.audit.boundary.AuditTrail;
import kz.rudny.cabinet.domain.it.support.Callers;
import kz.rudny.cabinet.domain.cluster.SharedCaches;
import kz.rudny.cabinet.domain.it.support.Deployments;
import kz.rudny.cabinet.domain.it.support.TestDatabase;
import kz.rudny.cabinet.domain.notifications.boundary.Inbox;
import kz.rudny.cabinet.domain.notifications.boundary.Notifications;
import kz.rudny.cabinet.domain.people.boundary.ApiTokens;
import kz.rudny.cabinet.domain.people.boundary.DistrictStaff;
import kz.rudny.cabinet.domain.people.boundary.Profile;
import kz.rudny.cabinet.domain.people.boundary.Staff;
import kz.rudny.cabinet.domain.people.control.AccountIdentityStore;
import kz.rudny.cabinet.domain.platform.control.Database;
import kz.rudny.cabinet.domain.security.ApiCaller;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.staffimport.boundary.StaffImport;
import kz.rudny.cabinet.domain.tenancy.Tenancy;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The domain's in-container suite: ONE test WAR, so one Payara Micro per database run (it-derby, it-postgresql), for
 * all of the shared kernel's features. Each feature's tests live in their own interface ({@link PlatformTests},
 * {@link AccountRolesTests}, {@link SignedInBoundariesTests}, {@link StaffImportTests}, {@link TwoEditorsTests},
 * {@link NotificationsTests}, {@link CallerCacheTests}) as {@code @Test} default methods; this class implements them all and hands them the beans
 * it has injected through their accessor methods. They share the server and its database, so each works on its own
 * accounts, names and ids rather than on a fresh server.
 *
 * <p>The WAR carries GreenMail and switches mail on (to GreenMail's port, {@code it.smtpPort}) for the notifications
 * tests; no demo account has an e-mail address, so only the accounts those tests give one are ever mailed.
 * {@link ProductionStartIT} is the one class with a server of its own: it needs demo data off and an empty database,
 * which is configuration of the whole deployment.
 */
@ExtendWith(ArquillianExtension.class)
class DomainSuiteIT implements PlatformTests, AccountRolesTests, SignedInBoundariesTests, StaffImportTests, TwoEditorsTests,
        NotificationsTests, ApiTokensTests, CallerCacheTests {

    @Deployment
    static WebArchive deployment() {
        File[] greenMail = Maven.configureResolver().workOffline()
                .resolve("com.icegreen:greenmail:2.1.8", "org.slf4j:slf4j-api:1.7.36").withoutTransitivity().asFile();
        WebArchive war = Deployments.cabinetDomain(DomainSuiteIT.class, PlatformTests.class, AccountRolesTests.class,
                SignedInBoundariesTests.class, StaffImportTests.class, TwoEditorsTests.class, NotificationsTests.class,
                ApiTokensTests.class, CallerCacheTests.class, CallerCacheTests.Person.class);
        return Deployments.withOwnConfig(war.addAsLibraries(greenMail),
                Map.of("cabinet.mail.enabled", "true", "cabinet.mail.host", "127.0.0.1",
                        "cabinet.mail.port", Integer.toString(NotificationsTests.SMTP_PORT),
                        "cabinet.mail.from", "cabinet@rudny.example", "cabinet.public-url", "https://cabinet.rudny.example/"));
    }

    @Inject
    ApiTokens apiTokens;

    @Inject
    ApiCaller api;

    @Inject
    Associations associations;

    @Inject
    Callers callers;

    @Inject
    BeanManager beans;

    @Inject
    SharedCaches sharedCaches;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCaller caller;

    @Inject
    Database database;

    @Inject
    TestDatabase db;

    @Inject
    DistrictStaff districtStaff;

    @Inject
    AccountIdentityStore identityStore;

    @Inject
    IdentityStoreHandler identityStoreHandler;

    @Inject
    Inbox inbox;

    @Inject
    Notifications notifications;

    @Inject
    Profile profile;

    @Inject
    SecurityContext security;

    @Inject
    Staff staff;

    @Inject
    StaffImport staffImport;

    @Inject
    Tenancy tenancy;

    @Override
    public ApiTokens apiTokens() {
        return apiTokens;
    }

    @Override
    public Callers callers() {
        return callers;
    }

    @Override
    public ApiCaller api() {
        return api;
    }

    @Override
    public BeanManager beans() {
        return beans;
    }

    @Override
    public SharedCaches sharedCaches() {
        return sharedCaches;
    }

    @Override
    public Associations associations() {
        return associations;
    }

    @Override
    public AuditTrail audit() {
        return audit;
    }

    @Override
    public CurrentCaller caller() {
        return caller;
    }

    @Override
    public Database database() {
        return database;
    }

    @Override
    public TestDatabase db() {
        return db;
    }

    @Override
    public DistrictStaff districtStaff() {
        return districtStaff;
    }

    @Override
    public AccountIdentityStore identityStore() {
        return identityStore;
    }

    @Override
    public IdentityStoreHandler identityStoreHandler() {
        return identityStoreHandler;
    }

    @Override
    public Inbox inbox() {
        return inbox;
    }

    @Override
    public Notifications notifications() {
        return notifications;
    }

    @Override
    public Profile profile() {
        return profile;
    }

    @Override
    public SecurityContext security() {
        return security;
    }

    @Override
    public Staff staff() {
        return staff;
    }

    @Override
    public StaffImport staffImport() {
        return staffImport;
    }

    @Override
    public Tenancy tenancy() {
        return tenancy;
    }
}
