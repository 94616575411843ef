package kz.rudny.cabinet.library.it;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import kz.rudny.cabinet.domain.certificates.boundary.CertificateCheck;
import kz.rudny.cabinet.domain.it.support.Callers;
import kz.rudny.cabinet.domain.it.support.TestDatabase;
import kz.rudny.cabinet.domain.platform.boundary.PlatformStarted;
import kz.rudny.cabinet.library.catalogue.boundary.Catalogue;
import kz.rudny.cabinet.library.certificates.boundary.Certificates;
import kz.rudny.cabinet.library.corners.boundary.Corners;
import kz.rudny.cabinet.library.exchange.boundary.DistrictExchange;
import kz.rudny.cabinet.library.exchange.boundary.Feedback;
import kz.rudny.cabinet.library.it.support.LibraryDeployment;
import kz.rudny.cabinet.library.it.support.Workflow;
import kz.rudny.cabinet.library.materials.boundary.MaterialAuthoring;
import kz.rudny.cabinet.library.materials.boundary.MaterialReview;
import kz.rudny.cabinet.library.materials.boundary.Materials;
import kz.rudny.cabinet.library.search.boundary.LibrarySearch;
import kz.rudny.cabinet.domain.people.boundary.TeacherWorks;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The library's in-container suite: ONE test WAR, so one Payara Micro per database run (it-derby, it-postgresql),
 * started with the small upload limit the materials tests send files around ({@code -Dcabinet.upload.max-file-bytes},
 * src/test/resources/arquillian.xml). Each feature's tests live in their own interface ({@link MaterialsTests},
 * {@link LibraryExchangeTests}, {@link LibraryTwoEditorsTests}, {@link TextExtractionTests}) as {@code @Test}
 * default methods; this class implements them all and hands them the beans it has injected through their accessor methods. They share the server, its
 * search index and its database, so every test works on its own materials and made-up search words.
 */
@ExtendWith(ArquillianExtension.class)
class LibrarySuiteIT implements LibraryExchangeTests, LibraryTwoEditorsTests, MaterialsTests, TextExtractionTests {

    @Deployment
    static WebArchive deployment() {
        return LibraryDeployment.war(LibrarySuiteIT.class, LibraryExchangeTests.class, LibraryTwoEditorsTests.class,
                MaterialsTests.class, TextExtractionTests.class);
    }

    @Inject
    MaterialAuthoring authoring;

    @Inject
    Callers callers;

    @Inject
    Catalogue catalogue;

    @Inject
    Certificates certificates;

    @Inject
    CertificateCheck check;

    @Inject
    Corners corners;

    @Inject
    TestDatabase db;

    @Inject
    DistrictExchange exchange;

    @Inject
    Feedback feedback;

    @Inject
    Materials materials;

    @Inject
    TeacherWorks teacherWorks;

    @Inject
    MaterialReview review;

    @Inject
    LibrarySearch search;

    @Inject
    Event<PlatformStarted> started;

    @Inject
    Workflow workflow;

    @Override
    public MaterialAuthoring authoring() {
        return authoring;
    }

    @Override
    public Callers callers() {
        return callers;
    }

    @Override
    public Catalogue catalogue() {
        return catalogue;
    }

    @Override
    public Certificates certificates() {
        return certificates;
    }

    @Override
    public CertificateCheck check() {
        return check;
    }

    @Override
    public Corners corners() {
        return corners;
    }

    @Override
    public TestDatabase db() {
        return db;
    }

    @Override
    public DistrictExchange exchange() {
        return exchange;
    }

    @Override
    public Feedback feedback() {
        return feedback;
    }

    @Override
    public TeacherWorks teacherWorks() {
        return teacherWorks;
    }

    @Override
    public Materials materials() {
        return materials;
    }

    @Override
    public MaterialReview review() {
        return review;
    }

    @Override
    public LibrarySearch search() {
        return search;
    }

    @Override
    public Event<PlatformStarted> started() {
        return started;
    }

    @Override
    public Workflow workflow() {
        return workflow;
    }
}
