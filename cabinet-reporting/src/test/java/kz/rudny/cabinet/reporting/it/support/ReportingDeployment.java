package kz.rudny.cabinet.reporting.it.support;

import java.util.List;
import java.util.stream.Stream;
import kz.rudny.cabinet.domain.it.support.Deployments;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The reporting module's test WAR, built by the domain's {@link Deployments}: the packaged domain, library, events,
 * mentoring and reporting jars in WEB-INF/lib (reporting keeps the figures the others count) with their runtime
 * libraries, the platform start-up, data source and sign-in from the domain's support, and the test classes.
 */
public final class ReportingDeployment {

    private ReportingDeployment() {
    }

    public static WebArchive war(Class<?>... testClasses) {
        Class<?>[] classes = Stream.concat(Stream.of(testClasses), Stream.of(ReportingDeployment.class))
                .toArray(Class<?>[]::new);
        return Deployments.cabinet("cabinet-reporting-it.war", List.of(
                Deployments.moduleJar("it.domainJar", "../cabinet-domain/target/cabinet-domain-0.1.0-SNAPSHOT.jar"),
                Deployments.moduleJar("it.libraryJar", "../cabinet-library/target/cabinet-library-0.1.0-SNAPSHOT.jar"),
                Deployments.moduleJar("it.eventsJar", "../cabinet-events/target/cabinet-events-0.1.0-SNAPSHOT.jar"),
                Deployments.moduleJar("it.mentoringJar",
                        "../cabinet-mentoring/target/cabinet-mentoring-0.1.0-SNAPSHOT.jar"),
                Deployments.moduleJar("it.reportingJar", "target/cabinet-reporting-0.1.0-SNAPSHOT.jar")), classes);
    }
}
