package kz.rudny.cabinet.domain.it.support;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;
import org.jboss.shrinkwrap.resolver.api.maven.MavenResolvedArtifact;
import org.jboss.shrinkwrap.resolver.api.maven.ScopeType;

/**
 * The test WARs: the packaged module jars (the domain's, and a feature module's own) with their runtime
 * libraries, embedded Derby and the PostgreSQL driver in WEB-INF/lib, and, in WEB-INF/classes, what the web
 * module adds around them (data source, start-up, Jakarta Security). Built on the client side; failsafe runs after {@code package}, so
 * the jars exist. Feature modules use this class from cabinet-domain's test-jar.
 */
public final class Deployments {

    private static final String BEANS_XML = """
            <beans xmlns="https://jakarta.ee/xml/ns/jakartaee" version="4.0" bean-discovery-mode="annotated"/>
            """;

    /** The cabinet's own artifacts: they come as the given module jars, never from the local repository. */
    private static final String CABINET_GROUP = "kz.rudny.cabinet";

    private Deployments() {
    }

    public static WebArchive cabinetDomain(Class<?>... testClasses) {
        return cabinet("cabinet-domain-it.war",
                List.of(moduleJar("it.domainJar", "target/cabinet-domain-0.1.0-SNAPSHOT.jar")), testClasses);
    }

    /**
     * A test WAR of the given module jars, with the compile and runtime libraries of the pom.xml of the module
     * the tests run in (resolved with their transitive ones by the ShrinkWrap Maven resolver, offline), embedded
     * Derby and the PostgreSQL driver (the tests run on both), the platform's start-up, data source and sign-in,
     * this support and the test classes.
     */
    public static WebArchive cabinet(String warName, List<File> moduleJars, Class<?>... testClasses) {
        File[] runtime = Arrays.stream(Maven.configureResolver().workOffline().loadPomFromFile("pom.xml")
                        .importDependencies(ScopeType.COMPILE, ScopeType.RUNTIME).resolve().withTransitivity()
                        .asResolvedArtifact())
                .filter(a -> !CABINET_GROUP.equals(a.getCoordinate().getGroupId()))
                .map(MavenResolvedArtifact::asFile).toArray(File[]::new);
        File[] drivers = Maven.configureResolver().workOffline().loadPomFromFile("pom.xml")
                .resolve("org.apache.derby:derby", "org.apache.derby:derbyshared", "org.apache.derby:derbytools",
                        "org.postgresql:postgresql")
                .withoutTransitivity().asFile();
        WebArchive war = ShrinkWrap.create(WebArchive.class, warName);
        moduleJars.forEach(war::addAsLibrary);
        return war.addAsLibraries(runtime)
                .addAsLibraries(drivers)
                .addClasses(DataSourceDeclaration.class, Startup.class, FormSignIn.class, CurrentExchange.class,
                        TestDatabase.class, Deployments.class, Callers.class)
                .addClasses(testClasses)
                .addAsWebInfResource(new StringAsset(BEANS_XML), "beans.xml");
    }

    /** A packaged module jar named by a system property that failsafe sets (or the fallback path). */
    public static File moduleJar(String property, String fallback) {
        File jar = new File(System.getProperty(property, fallback));
        if (!jar.isFile()) {
            throw new IllegalStateException(jar + " (" + property + ") is missing: run the tests with mvn verify");
        }
        return jar;
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
