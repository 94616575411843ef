package kz.rudny.cabinet.domain.it.support;

import java.io.File;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;
import org.jboss.shrinkwrap.resolver.api.maven.ScopeType;

/**
 * The test WAR: the packaged cabinet-domain jar with its runtime libraries and embedded Derby in WEB-INF/lib,
 * and, in WEB-INF/classes, what the web module adds around it (data source, start-up, Jakarta Security).
 * Built on the client side; failsafe runs after {@code package}, so the jar exists.
 */
public final class Deployments {

    private static final String BEANS_XML = """
            <beans xmlns="https://jakarta.ee/xml/ns/jakartaee" version="4.0" bean-discovery-mode="annotated"/>
            """;

    private Deployments() {
    }

    public static WebArchive cabinetDomain(Class<?>... testClasses) {
        File domainJar = new File(System.getProperty("it.domainJar", "target/cabinet-domain-0.1.0-SNAPSHOT.jar"));
        if (!domainJar.isFile()) {
            throw new IllegalStateException(domainJar + " is missing: run the tests with mvn verify");
        }
        File[] runtime = Maven.configureResolver().workOffline().loadPomFromFile("pom.xml")
                .importDependencies(ScopeType.COMPILE, ScopeType.RUNTIME).resolve().withTransitivity().asFile();
        File[] derby = Maven.configureResolver().workOffline().loadPomFromFile("pom.xml")
                .resolve("org.apache.derby:derby", "org.apache.derby:derbyshared", "org.apache.derby:derbytools")
                .withoutTransitivity().asFile();
        return ShrinkWrap.create(WebArchive.class, "cabinet-domain-it.war")
                .addAsLibrary(domainJar)
                .addAsLibraries(runtime)
                .addAsLibraries(derby)
                .addClasses(DataSourceDeclaration.class, Startup.class, FormSignIn.class, CurrentExchange.class,
                        TestDatabase.class, Deployments.class)
                .addClasses(testClasses)
                .addAsWebInfResource(new StringAsset(BEANS_XML), "beans.xml");
    }

    /**
     * Gives the deployment its own MicroProfile Config source (WEB-INF/classes/META-INF/microprofile-config.properties)
     * that outranks the Micro's system properties (ordinal 400) and the domain jar's defaults.
     */
    public static WebArchive withOwnConfig(WebArchive war, Map<String, String> config) {
        String properties = config.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().replace("\\", "\\\\"))
                .collect(Collectors.joining("\n", "config_ordinal=500\n", "\n"));
        return war.addAsResource(new StringAsset(properties), "META-INF/microprofile-config.properties");
    }
}
