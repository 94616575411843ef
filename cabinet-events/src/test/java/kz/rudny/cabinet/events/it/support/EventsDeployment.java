package kz.rudny.cabinet.events.it.support;

import java.util.List;
import java.util.stream.Stream;
import kz.rudny.cabinet.domain.it.support.Deployments;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The events module's test WAR, built by the domain's {@link Deployments} (cabinet-domain's test-jar): the
 * packaged cabinet-domain and cabinet-events jars in WEB-INF/lib with this module's runtime libraries, the
 * platform start-up, data source and sign-in ({@code Callers}) from the domain's support, and the test classes.
 */
public final class EventsDeployment {

    private EventsDeployment() {
    }

    public static WebArchive war(Class<?>... testClasses) {
        Class<?>[] classes = Stream.concat(Stream.of(testClasses), Stream.of(EventsDeployment.class))
                .toArray(Class<?>[]::new);
        return Deployments.cabinet("cabinet-events-it.war", List.of(
                Deployments.moduleJar("it.domainJar", "../cabinet-domain/target/cabinet-domain-0.1.0-SNAPSHOT.jar"),
                Deployments.moduleJar("it.eventsJar", "target/cabinet-events-0.1.0-SNAPSHOT.jar")), classes);
    }
}
