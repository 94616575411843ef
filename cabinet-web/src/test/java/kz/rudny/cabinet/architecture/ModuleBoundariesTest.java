package kz.rudny.cabinet.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.NormalScope;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Scope;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
 */
class ModuleBoundariesTest {

    private static final String ROOT = "kz.rudny.cabinet";
    private static final String KERNEL = "domain";
    private static final String WEB = "web";
    private static final Set<String> LAYERS = Set.of("boundary", "control", "entity");
    /** A package's description: documentation, not code (a module with nothing else has no classes yet). */
    private static final String PACKAGE_INFO = "package-info";
    /** Past tense: regular ("Deleted", "Changed") or the irregular participles an event name may end in. */
    private static final Pattern PAST_TENSE = Pattern.compile(
            ".*(ed|Found|Held|Made|Sent|Built|Taken|Given|Written|Begun|Done|Left|Kept|Set|Put|Read|Paid|Lost|Met"
                    + "|Shown|Known|Chosen|Withdrawn|Drawn|Won)$");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    /** The modules that have classes, read from the packages of the imported classes. */
    static List<String> modules() {
        importIfNeeded();
        return classes.stream().filter(c -> !c.getSimpleName().equals(PACKAGE_INFO))
                .map(c -> moduleOf(c.getPackageName())).flatMap(Optional::stream).distinct().sorted().toList();
    }

    /** The modules built of features: all but the kernel and the web. */
    static List<String> featureModules() {
        return modules().stream().filter(m -> !m.equals(KERNEL) && !m.equals(WEB)).toList();
    }

    private static void importIfNeeded() {
        if (classes == null) {
            importClasses();
        }
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
                            .filter(f -> !f.getFileName().toString().equals(PACKAGE_INFO + ".java"))
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
        classes().that().resideInAPackage(ROOT + "." + module + "..").and().doNotHaveSimpleName(PACKAGE_INFO)
                .should(new ArchCondition<>("reside in " + ROOT + "." + module + ".<feature>.(boundary|control|entity)") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        String[] parts = c.getPackageName().split("\\.");
                        int depth = ROOT.split("\\.").length;
                        boolean inLayer = parts.length > depth + 2 && LAYERS.contains(parts[depth + 2]);
                        events.add(new SimpleConditionEvent(c, inLayer, c.getName() + " is in no feature's layer"));
                    }
                })
                .check(classes);
    }

    @ParameterizedTest(name = "the features of {0} are free of cycles")
    @MethodSource("featureModules")
    void featuresAreFreeOfCycles(String module) {
        slices().matching(ROOT + "." + module + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @ParameterizedTest(name = "a feature of {0} uses another only through its boundary")
    @MethodSource("featureModules")
    void aFeatureUsesAnotherOnlyThroughItsBoundary(String module) {
        classes().that().resideInAPackage(ROOT + "." + module + "..")
                .should(new ArchCondition<>("use another feature of " + module + " only through its boundary") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        Optional<String> own = featureOf(c.getPackageName());
                        for (Dependency d : c.getDirectDependenciesFromSelf()) {
                            String target = d.getTargetClass().getBaseComponentType().getPackageName();
                            Optional<String> other = featureOf(target);
                            if (other.isPresent() && !other.equals(own) && other.get().startsWith(module + ".")
                                    && !target.startsWith(ROOT + "." + other.get() + ".boundary")) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                            }
                        }
                    }
                })
                .check(classes);
    }

    @Test
    void eventsLiveInBoundariesAreNamedInThePastTenseAndCarryNoEntities() {
        Set<JavaClass> events = eventTypes();
        assertFalse(events.isEmpty(), "no event types found");
        List<String> problems = events.stream().flatMap(e -> {
            Stream.Builder<String> p = Stream.builder();
            if (!e.getPackageName().contains(".boundary")) {
                p.add(e.getName() + " is not in a boundary package");
            }
            if (!PAST_TENSE.matcher(e.getSimpleName()).matches()) {
                p.add(e.getName() + " is not named in the past tense");
            }
            for (JavaField f : e.getFields()) {
                if (!f.getModifiers().contains(JavaModifier.STATIC) && f.getType().getAllInvolvedRawTypes().stream()
                        .anyMatch(t -> t.isAnnotatedWith(Entity.class))) {
                    p.add(e.getName() + "." + f.getName() + " carries an entity");
                }
            }
            return p.build();
        }).sorted().toList();
        assertEquals(List.of(), problems);
    }

    @Test
    void everyPublicMethodOfABoundaryBeanSaysWhoMayCallIt() {
        List<JavaClass> beans = boundaryBeans();
        assertFalse(beans.isEmpty(), "no boundary beans found");
        List<String> unsaid = beans.stream().flatMap(b -> b.getMethods().stream())
                .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(m -> !m.getModifiers().contains(JavaModifier.STATIC))
                .filter(m -> !saysWhoMayCall(m))
                .map(JavaMethod::getFullName).sorted().toList();
        assertEquals(List.of(), unsaid, "public boundary methods without @Allowed or @PermitAll");
    }

    @Test
    void boundaryBeansObserveNoEvents() {
        List<String> observers = boundaryBeans().stream().flatMap(b -> b.getMethods().stream())
                .filter(m -> m.getParameters().stream().anyMatch(ModuleBoundariesTest::observes))
                .map(JavaMethod::getFullName).sorted().toList();
        assertEquals(List.of(), observers, "observer methods in boundary beans (they belong in control)");
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
     * The static twin of the in-container metamodel walk (PlatformIT), over every module's persistence unit:
     * an entity is school-scoped, or on this reviewed list of district-level entities.
     */
    @Test
    void everyEntityIsSchoolScopedOrAReviewedDistrictEntity() {
        classes().that().areAnnotatedWith(Entity.class)
                .and().doNotHaveFullyQualifiedName(ROOT + ".domain.school.entity.School")
                .and().doNotHaveFullyQualifiedName(ROOT + ".domain.people.entity.Account")
                .and().doNotHaveFullyQualifiedName(ROOT + ".domain.people.entity.LoginAttempt")
                .and().doNotHaveFullyQualifiedName(ROOT + ".domain.subject.entity.Subject")
                // the town's copy of shared materials, feedback keyed by the material's school, and the public
                // certificate register: read across schools by design, each behind its boundary's own check
                .and().doNotHaveFullyQualifiedName(ROOT + ".library.exchange.entity.DistrictShare")
                .and().doNotHaveFullyQualifiedName(ROOT + ".library.exchange.entity.DistrictShareFile")
                .and().doNotHaveFullyQualifiedName(ROOT + ".library.exchange.entity.MaterialRating")
                .and().doNotHaveFullyQualifiedName(ROOT + ".library.exchange.entity.MaterialComment")
                .and().doNotHaveFullyQualifiedName(ROOT + ".library.certificates.entity.CertificateRecord")
                .should().beAnnotatedWith(org.eclipse.persistence.annotations.Multitenant.class)
                .andShould().beAnnotatedWith(org.eclipse.persistence.annotations.TenantDiscriminatorColumn.class)
                .check(classes);
    }

    /** {@code domain} for {@code kz.rudny.cabinet.domain.people.boundary}; empty for the root package. */
    private static Optional<String> moduleOf(String packageName) {
        if (!packageName.startsWith(ROOT + ".")) {
            return Optional.empty();
        }
        return Optional.of(packageName.substring(ROOT.length() + 1).split("\\.")[0]);
    }

    /** {@code library.materials} for {@code kz.rudny.cabinet.library.materials.control}; empty above a feature. */
    private static Optional<String> featureOf(String packageName) {
        if (!packageName.startsWith(ROOT + ".")) {
            return Optional.empty();
        }
        String[] parts = packageName.substring(ROOT.length() + 1).split("\\.");
        return parts.length < 2 ? Optional.empty() : Optional.of(parts[0] + "." + parts[1]);
    }

    /** CDI beans (a normal scope, {@code @Dependent} or another scope) in a boundary package of any module. */
    private static List<JavaClass> boundaryBeans() {
        return classes.stream().filter(c -> c.getPackageName().contains(".boundary"))
                .filter(c -> !c.isInterface() && !c.isRecord() && !c.isEnum())
                .filter(c -> c.isMetaAnnotatedWith(NormalScope.class) || c.isMetaAnnotatedWith(Scope.class))
                .sorted((a, b) -> a.getName().compareTo(b.getName())).toList();
    }

    private static boolean saysWhoMayCall(JavaMethod method) {
        JavaClass owner = method.getOwner();
        return method.isAnnotatedWith(Allowed.class) || method.isAnnotatedWith(PermitAll.class)
                || owner.isAnnotatedWith(Allowed.class) || owner.isAnnotatedWith(PermitAll.class);
    }

    private static boolean observes(JavaParameter p) {
        return p.isAnnotatedWith(Observes.class) || p.isAnnotatedWith(ObservesAsync.class);
    }

    /** The project's types that are observed, or fired through an injected {@code Event<T>}. */
    private static Set<JavaClass> eventTypes() {
        Set<JavaClass> observed = classes.stream().flatMap(c -> c.getMethods().stream())
                .flatMap(m -> m.getParameters().stream()).filter(ModuleBoundariesTest::observes)
                .map(JavaParameter::getRawType).collect(Collectors.toSet());
        Set<JavaClass> fired = classes.stream().flatMap(c -> c.getFields().stream())
                .filter(f -> f.getRawType().isEquivalentTo(Event.class))
                .flatMap(f -> f.getType().getAllInvolvedRawTypes().stream())
                .filter(t -> !t.isEquivalentTo(Event.class)).collect(Collectors.toSet());
        return Stream.concat(observed.stream(), fired.stream()).filter(t -> t.getPackageName().startsWith(ROOT + "."))
                .collect(Collectors.toCollection(() -> new TreeSet<>((a, b) -> a.getName().compareTo(b.getName()))));
    }
}
