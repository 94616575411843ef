package kz.rudny.cabinet.mentoring.it.support;

import java.util.List;
import java.util.stream.Stream;
import kz.rudny.cabinet.domain.it.support.Deployments;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The mentoring module's test WAR, built by the domain's {@link Deployments} (cabinet-domain's test-jar): the
 * packaged cabinet-domain and cabinet-mentoring jars in WEB-INF/lib with this module's runtime libraries, the
 * platform start-up, data source and sign-in ({@code Callers}) from the domain's support, and the test classes.
 */
public final class MentoringDeployment {

    private MentoringDeployment() {
    }

    public static WebArchive war(Class<?>... testClasses) {
        Class<?>[] classes = Stream.concat(Stream.of(testClasses), Stream.of(MentoringDeployment.class))
                .toArray(Class<?>[]::new);
        return Deployments.cabinet("cabinet-mentoring-it.war", List.of(
                Deployments.moduleJar("it.domainJar", "../cabinet-domain/target/cabinet-domain-0.1.0-SNAPSHOT.jar"),
                Deployments.moduleJar("it.mentoringJar", "target/cabinet-mentoring-0.1.0-SNAPSHOT.jar")), classes);
    }
}
