package kz.rudny.cabinet.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.PermitAll;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import kz.rudny.cabinet.domain.security.Allowed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The module map and the features inside each module, checked on the compiled main classes of every module.
 *
 * <p>Modules and features are read from the packages, never listed here: a module is
 * {@code kz.rudny.cabinet.<module>} of any imported class (package descriptions aside), so a new module is
 * checked as soon as it has a class, and {@link #everyModuleWithCodeIsImported} fails if a module's code is
 * not on this test's class path. A module with no class yet is in no list, so no rule passes because it is
 * empty. Two
 * modules have fixed roles: {@code domain}, the shared kernel every module uses, and {@code web}, the pages
 * and the API on top. Every other module is a <em>feature module</em> built of features
 * {@code <module>.<feature>.{boundary,control,entity}}.
 *
 * <p>Between modules: no cycles; the domain uses no other module; no feature module uses the web; nothing
 * outside a module reaches its {@code entity} or {@code control} classes; the web never holds an
 * {@code EntityManager}; entities live in {@code entity} packages; every entity is school-scoped or on the
 * reviewed list of district-level entities.
 *
 * <p>Inside a feature module: every class lives in a feature's boundary, control or entity package; no cycles
 * between features; a feature uses another only through {@code <module>.<feature>.boundary} (calling its
 * boundary beans, using its records, implementing an interface it declares there, or observing its events).
 * The domain's packages are checked as a module only: its features share one persistence unit with relations
 * between their entities (a staff member's subjects, an association's head) and are the kernel the feature
 * modules build on.
 *
 * <p>Events (every type observed with {@code @Observes} or fired through {@code Event<T>}) live in a
 * boundary package, are named in the past tense ({@code MaterialDeleted}, {@code EmptyIndexFound}) and
 * carry ids and values, never entities.
 *
 * <p>Boundary beans (CDI beans in a {@code boundary} package: the services, not the records, forms, views,
 * events and interfaces beside them) say for every public method who may call it: {@link Allowed} (roles, or
 * any signed-in person), on the method or the class, whether {@code @Transactional} sits on the class, the
 * method or nowhere; or {@link PermitAll} where anyone may call, signed in or not (start-up, configuration,
 * the sign-in throttle, the public certificate check). Observer methods are called by the container, not by a
 * caller whose roles could be checked (often after the caller's transaction, or at start-up with no one signed
 * in), so boundary beans have none: reactions to events live in {@code control} classes, which only boundary
 * code and the container reach.
 *
 * <p>Stored files have one implementation, the domain's {@code files} feature, which every module uses through
 * {@code domain.files.boundary}: no other class reads a file's kind from its bytes.
 *
 * <p>{@link FeatureRulesTest} shows each of these rules failing on a fixture that breaks it.
 */
class ModuleBoundariesTest {

    private static final String ROOT = "kz.rudny.cabinet";
    private static final String KERNEL = "domain";
    private static final String WEB = "web";

    private static JavaClasses classes;
    private static FeatureRules rules;

    @BeforeAll
    static void importClasses() {
        if (classes == null) {
            classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages(ROOT);
            rules = new FeatureRules(classes, ROOT);
        }
    }

    /** The modules that have classes, read from the packages of the imported classes. */
    static List<String> modules() {
        importClasses();
        return rules.modules();
    }

    /** The modules built of features: all but the kernel and the web. */
    static List<String> featureModules() {
        return modules().stream().filter(m -> !m.equals(KERNEL) && !m.equals(WEB)).toList();
    }

    @Test
    void theModulesAreFoundInThePackages() {
        assertTrue(modules().containsAll(List.of(KERNEL, WEB)), "modules with classes: " + modules());
        assertFalse(featureModules().isEmpty(), "no feature module has classes");
    }

    /** A module's code that this test does not see (the web does not depend on it) would escape every rule. */
    @Test
    void everyModuleWithCodeIsImported() throws IOException {
        Path reactor = Path.of("").toAbsolutePath().getParent();
        Set<String> withCode = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(reactor)) {
            for (Path dir : dirs.filter(d -> Files.isDirectory(d.resolve("src/main/java"))).toList()) {
                Path base = dir.resolve("src/main/java/" + ROOT.replace('.', '/'));
                if (!Files.isDirectory(base)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(base)) {
                    files.filter(f -> f.toString().endsWith(".java"))
                            .filter(f -> !f.getFileName().toString().equals(FeatureRules.PACKAGE_INFO + ".java"))
                            .map(f -> base.relativize(f).getName(0).toString())
                            .forEach(withCode::add);
                }
            }
        }
        assertFalse(withCode.isEmpty(), "no module with code found under " + reactor);
        assertTrue(modules().containsAll(withCode), "modules with code " + withCode + ", checked " + modules());
    }

    @Test
    void modulesAreFreeOfCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @ParameterizedTest(name = "the domain does not use {0}")
    @MethodSource("modules")
    void theDomainUsesNoOtherModule(String module) {
        if (module.equals(KERNEL)) {
            return;
        }
        noClasses().that().resideInAPackage(ROOT + "." + KERNEL + "..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + "." + module + "..")
                .check(classes);
    }

    @ParameterizedTest(name = "{0} does not use the web")
    @MethodSource("featureModules")
    void featureModulesNeverUseTheWeb(String module) {
        noClasses().that().resideInAPackage(ROOT + "." + module + "..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + "." + WEB + "..")
                .check(classes);
    }

    @ParameterizedTest(name = "nothing outside {0} reaches its entities or control classes")
    @MethodSource("modules")
    void nothingOutsideAModuleReachesItsInternals(String module) {
        String own = ROOT + "." + module;
        noClasses().that().resideOutsideOfPackage(own + "..")
                .should().dependOnClassesThat().resideInAnyPackage(own + "..entity..", own + "..control..")
                .because("other modules and the web use " + module + " through its boundary")
                .check(classes);
    }

    @ParameterizedTest(name = "every class of {0} lives in a feature's boundary, control or entity package")
    @MethodSource("featureModules")
    void featureModulesAreMadeOfFeatures(String module) {
        rules.madeOfFeatures(module).check(classes);
    }

    @ParameterizedTest(name = "the features of {0} are free of cycles")
    @MethodSource("featureModules")
    void featuresAreFreeOfCycles(String module) {
        rules.featuresFreeOfCycles(module).check(classes);
    }

    @ParameterizedTest(name = "a feature of {0} uses another only through its boundary")
    @MethodSource("featureModules")
    void aFeatureUsesAnotherOnlyThroughItsBoundary(String module) {
        rules.othersOnlyThroughBoundaries(module).check(classes);
    }

    @Test
    void eventsLiveInBoundariesAreNamedInThePastTenseAndCarryNoEntities() {
        assertFalse(rules.eventTypes().isEmpty(), "no event types found");
        assertEquals(List.of(), rules.eventProblems());
    }

    @Test
    void everyPublicMethodOfABoundaryBeanSaysWhoMayCallIt() {
        assertFalse(rules.boundaryBeans().isEmpty(), "no boundary beans found");
        assertEquals(List.of(), rules.unsaidBoundaryMethods(), "public boundary methods without @Allowed or @PermitAll");
    }

    @Test
    void boundaryBeansObserveNoEvents() {
        assertEquals(List.of(), rules.observersInBoundaryBeans(),
                "observer methods in boundary beans (they belong in control)");
    }

    @Test
    void onlyTheStoredFilesReadAFilesKindFromItsBytes() {
        noClasses().that().resideOutsideOfPackage(ROOT + "." + KERNEL + ".files..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.tika.detect..")
                .because("files come in through " + KERNEL + ".files.boundary.StoredFiles, the one copy of file handling")
                .check(classes);
    }

    @Test
    void theWebLayerNeverUsesTheEntityManager() {
        noClasses().that().resideInAPackage(ROOT + "." + WEB + "..")
                .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .check(classes);
    }

    @Test
    void entitiesLiveInEntityPackages() {
        classes().that().areAnnotatedWith(Entity.class).should().resideInAPackage("..entity..").check(classes);
    }

    /**
     * The static twin of the in-container metamodel walk (PlatformTests), over every module's persistence unit:
     * an entity is school-scoped, or on this reviewed list of district-level entities.
     */
    @Test
    void everyEntityIsSchoolScopedOrAReviewedDistrictEntity() {
        classes().that().areAnnotatedWith(Entity.class)
                .and().doNotHaveFullyQualifiedName(ROOT + ".domain.school.entity.School")
                .and().doNotHaveFullyQualifiedName(ROOT + ".domain.people.entity.Account")
                .and().doNotHaveFullyQualifiedName(ROOT + ".domain.people.entity.LoginAttempt")
                .and().doNotHaveFullyQualifiedName(ROOT + ".domain.subject.entity.Subject")
                // a person's inbox: every query is by the recipient's account (district people have one too)
                .and().doNotHaveFullyQualifiedName(ROOT + ".domain.notifications.entity.Notification")
                // a person's API tokens: found by the token's digest before any school is known, like the account
                .and().doNotHaveFullyQualifiedName(ROOT + ".domain.people.entity.ApiToken")
                // the town's copy of shared materials, feedback keyed by the material's school, and the public
                // certificate register: read across schools by design, each behind its boundary's own check
                .and().doNotHaveFullyQualifiedName(ROOT + ".library.exchange.entity.DistrictShare")
                .and().doNotHaveFullyQualifiedName(ROOT + ".library.exchange.entity.DistrictShareFile")
                .and().doNotHaveFullyQualifiedName(ROOT + ".library.exchange.entity.MaterialRating")
                .and().doNotHaveFullyQualifiedName(ROOT + ".library.exchange.entity.MaterialComment")
                // downloads of shared materials by school, counted for the district's figures of the exchange
                .and().doNotHaveFullyQualifiedName(ROOT + ".library.exchange.entity.ShareDownload")
                .and().doNotHaveFullyQualifiedName(ROOT + ".domain.certificates.entity.CertificateRecord")
                // the search index's change log, applied by every server of a cluster to its own index; read by the
                // servers only, never shown to anyone
                .and().doNotHaveFullyQualifiedName(ROOT + ".library.index.entity.IndexChange")
                // scheduled work once per cluster: a lease and the last run per routine (no school's data)
                .and().doNotHaveFullyQualifiedName(ROOT + ".domain.platform.entity.RoutineRun")
                // a private calendar feed is found by its token before any school is known; it then reads only the
                // stored school's data, for its owner
                .and().doNotHaveFullyQualifiedName(ROOT + ".events.calendar.entity.FeedToken")
                // the district's requirements per qualification category: one table for every school, edited by the
                // district administrator, read by everyone
                .and().doNotHaveFullyQualifiedName(ROOT + ".mentoring.attestation.entity.CategoryRule")
                .and().doNotHaveFullyQualifiedName(ROOT + ".mentoring.attestation.entity.Requirement")
                // reporting's read model: counts per school, year and indicator, no person or record of a school; read
                // by the district's people and (the own school's line and the averages only) a school's methodologist
                .and().doNotHaveFullyQualifiedName(ROOT + ".reporting.figures.entity.FigureRow")
                // reporting's read model: the teachers on each school's attestation schedule with the few names the
                // department's schedule shows (name, position, categories, due day); read by the district's people
                // and, for the own school only, by a school's methodologist
                .and().doNotHaveFullyQualifiedName(ROOT + ".reporting.figures.entity.AttestationRow")
                // town-level: filtered by the viewer's school instead of the tenant (see the test below)
                .and().doNotHaveFullyQualifiedName(ROOT + ".events.activities.entity.Activity")
                .and().doNotHaveFullyQualifiedName(ROOT + ".events.activities.entity.Presenter")
                .and().doNotHaveFullyQualifiedName(ROOT + ".events.activities.entity.Registration")
                .and().doNotHaveFullyQualifiedName(ROOT + ".events.activities.entity.ActivityFeedback")
                .and().doNotHaveFullyQualifiedName(ROOT + ".events.activities.entity.ActivityFile")
                .and().doNotHaveFullyQualifiedName(ROOT + ".events.activities.entity.ActivityMaterial")
                .and().doNotHaveFullyQualifiedName(ROOT + ".events.activities.entity.OpenLesson")
                .and().doNotHaveFullyQualifiedName(ROOT + ".events.activities.entity.LessonObservation")
                .should().beAnnotatedWith(org.eclipse.persistence.annotations.Multitenant.class)
                .andShould().beAnnotatedWith(org.eclipse.persistence.annotations.TenantDiscriminatorColumn.class)
                .check(classes);
    }

    /**
     * The town-level entities (an open event, its presenters and registrations: read by many schools' people) are
     * filtered by the viewer's school with EclipseLink's {@code @AdditionalCriteria}, which fails closed without a
     * viewer as the tenant filter does without a tenant.
     */
    /**
     * Native SQL passes neither the tenant nor the viewer filter: EclipseLink refuses it in a unit with school-scoped
     * entities, and the one class that opts in, query by query, is the events' queue ({@code Places}), which answers
     * only ids and numbers.
     */
    @Test
    void onlyTheEventsQueueRunsNativeSql() {
        noClasses().that().doNotHaveFullyQualifiedName(ROOT + ".events.activities.control.Places")
                .should().callMethod(EntityManager.class, "createNativeQuery", String.class)
                .orShould().callMethod(EntityManager.class, "createNativeQuery", String.class, Class.class)
                .orShould().callMethod(EntityManager.class, "createNativeQuery", String.class, String.class)
                .check(classes);
    }

    @Test
    void everyTownLevelEntityIsFilteredByTheViewersSchool() {
        List<String> unfiltered = new ArrayList<>();
        for (String name : List.of("Activity", "Presenter", "Registration", "ActivityFeedback", "ActivityFile", "ActivityMaterial", "OpenLesson",
                "LessonObservation")) {
            JavaClass type = classes.get(ROOT + ".events.activities.entity." + name);
            boolean filtered = type.tryGetAnnotationOfType(org.eclipse.persistence.annotations.AdditionalCriteria.class)
                    .map(c -> c.value().contains(":" + kz.rudny.cabinet.domain.tenancy.SchoolScoped.VIEWER_PROPERTY))
                    .orElse(false);
            if (!filtered) {
                unfiltered.add(type.getName());
            }
        }
        assertEquals(List.of(), unfiltered, "town-level entities without the viewer filter");
    }
}
