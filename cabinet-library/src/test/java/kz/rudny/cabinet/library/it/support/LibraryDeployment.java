package kz.rudny.cabinet.library.it.support;

import java.util.List;
import java.util.stream.Stream;
import kz.rudny.cabinet.domain.it.support.Deployments;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The library's test WAR, built by the domain's {@link Deployments} (cabinet-domain's test-jar): the packaged
 * cabinet-domain and cabinet-library jars in WEB-INF/lib (with their persistence units, migrations, bundles and
 * beans.xml), the library's runtime libraries (Lucene, Tika, POI, OpenPDF, ... resolved from this module's pom
 * by the ShrinkWrap Maven resolver), Flyway, embedded Derby and the PostgreSQL driver; the platform start-up,
 * data source and sign-in from the domain's support; this support (with {@link SlowTextExtractor}, which replaces the
 * real text extractor) and the test classes.
 */
public final class LibraryDeployment {

    private LibraryDeployment() {
    }

    public static WebArchive war(Class<?>... testClasses) {
        Class<?>[] classes = Stream.concat(Stream.of(testClasses), Stream.of(LibraryDeployment.class,
                Workflow.class, FilesOnDisk.class, Uploads.class, SlowTextExtractor.class)).toArray(Class<?>[]::new);
        return Deployments.cabinet("cabinet-library-it.war", List.of(
                Deployments.moduleJar("it.domainJar", "../cabinet-domain/target/cabinet-domain-0.1.0-SNAPSHOT.jar"),
                Deployments.moduleJar("it.libraryJar", "target/cabinet-library-0.1.0-SNAPSHOT.jar")), classes);
    }
}
