package kz.rudny.cabinet.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.NormalScope;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Scope;
import jakarta.persistence.Entity;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.rudny.cabinet.domain.security.Allowed;

/**
 * The rules about features, events and boundary beans, over the classes under a root package
 * ({@code kz.rudny.cabinet} for the application, a fixture's package for {@link FeatureRulesTest}). See
 * {@link ModuleBoundariesTest} for what they mean.
 */
final class FeatureRules {

    static final Set<String> LAYERS = Set.of("boundary", "control", "entity");
    /** A package's description: documentation, not code (a module with nothing else has no classes yet). */
    static final String PACKAGE_INFO = "package-info";
    /** Past tense: regular ("Deleted", "Changed") or the irregular participles an event name may end in. */
    private static final Pattern PAST_TENSE = Pattern.compile(
            ".*(ed|Found|Held|Made|Sent|Built|Taken|Given|Written|Begun|Done|Left|Kept|Set|Put|Read|Paid|Lost|Met"
                    + "|Shown|Known|Chosen|Withdrawn|Drawn|Won)$");

    private final JavaClasses classes;
    private final String root;

    FeatureRules(JavaClasses classes, String root) {
        this.classes = classes;
        this.root = root;
    }

    /** The modules that have classes (package descriptions aside), read from the packages. */
    List<String> modules() {
        return classes.stream().filter(c -> !c.getSimpleName().equals(PACKAGE_INFO))
                .map(c -> moduleOf(c.getPackageName())).flatMap(Optional::stream).distinct().sorted().toList();
    }

    ArchRule madeOfFeatures(String module) {
        return classes().that().resideInAPackage(root + "." + module + "..").and().doNotHaveSimpleName(PACKAGE_INFO)
                .should(new ArchCondition<>("reside in " + root + "." + module + ".<feature>.(boundary|control|entity)") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        String[] parts = c.getPackageName().split("\\.");
                        int depth = root.split("\\.").length;
                        boolean inLayer = parts.length > depth + 2 && LAYERS.contains(parts[depth + 2]);
                        events.add(new SimpleConditionEvent(c, inLayer, c.getName() + " is in no feature's layer"));
                    }
                });
    }

    ArchRule featuresFreeOfCycles(String module) {
        return slices().matching(root + "." + module + ".(*)..").should().beFreeOfCycles();
    }

    ArchRule othersOnlyThroughBoundaries(String module) {
        return classes().that().resideInAPackage(root + "." + module + "..")
                .should(new ArchCondition<>("use another feature of " + module + " only through its boundary") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        Optional<String> own = featureOf(c.getPackageName());
                        for (Dependency d : c.getDirectDependenciesFromSelf()) {
                            String target = d.getTargetClass().getBaseComponentType().getPackageName();
                            Optional<String> other = featureOf(target);
                            if (other.isPresent() && !other.equals(own) && other.get().startsWith(module + ".")
                                    && !target.startsWith(root + "." + other.get() + ".boundary")) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                            }
                        }
                    }
                });
    }

    /** The project's types that are observed, or fired through an injected {@code Event<T>}. */
    Set<JavaClass> eventTypes() {
        Set<JavaClass> observed = classes.stream().flatMap(c -> c.getMethods().stream())
                .flatMap(m -> m.getParameters().stream()).filter(FeatureRules::observes)
                .map(JavaParameter::getRawType).collect(Collectors.toSet());
        Set<JavaClass> fired = classes.stream().flatMap(c -> c.getFields().stream())
                .filter(f -> f.getRawType().isEquivalentTo(Event.class))
                .flatMap(f -> f.getType().getAllInvolvedRawTypes().stream())
                .filter(t -> !t.isEquivalentTo(Event.class)).collect(Collectors.toSet());
        return Stream.concat(observed.stream(), fired.stream()).filter(t -> t.getPackageName().startsWith(root + "."))
                .collect(Collectors.toCollection(() -> new TreeSet<>(Comparator.comparing(JavaClass::getName))));
    }

    /** What is wrong with the events: outside a boundary package, not in the past tense, carrying an entity. */
    List<String> eventProblems() {
        return eventTypes().stream().flatMap(e -> {
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
    }

    /** CDI beans (a normal scope, {@code @Dependent} or another scope) in a boundary package of any module. */
    List<JavaClass> boundaryBeans() {
        return classes.stream().filter(c -> c.getPackageName().contains(".boundary"))
                .filter(c -> !c.isInterface() && !c.isRecord() && !c.isEnum())
                .filter(c -> c.isMetaAnnotatedWith(NormalScope.class) || c.isMetaAnnotatedWith(Scope.class))
                .sorted(Comparator.comparing(JavaClass::getName)).toList();
    }

    /** Public instance methods of boundary beans with neither {@code @Allowed} nor {@code @PermitAll}. */
    List<String> unsaidBoundaryMethods() {
        return boundaryBeans().stream().flatMap(b -> b.getMethods().stream())
                .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(m -> !m.getModifiers().contains(JavaModifier.STATIC))
                .filter(m -> !saysWhoMayCall(m))
                .map(JavaMethod::getFullName).sorted().toList();
    }

    /** Observer methods of boundary beans. */
    List<String> observersInBoundaryBeans() {
        return boundaryBeans().stream().flatMap(b -> b.getMethods().stream())
                .filter(m -> m.getParameters().stream().anyMatch(FeatureRules::observes))
                .map(JavaMethod::getFullName).sorted().toList();
    }

    /** {@code domain} for {@code <root>.domain.people.boundary}; empty for the root package. */
    Optional<String> moduleOf(String packageName) {
        if (!packageName.startsWith(root + ".")) {
            return Optional.empty();
        }
        return Optional.of(packageName.substring(root.length() + 1).split("\\.")[0]);
    }

    /** {@code library.materials} for {@code <root>.library.materials.control}; empty above a feature. */
    private Optional<String> featureOf(String packageName) {
        if (!packageName.startsWith(root + ".")) {
            return Optional.empty();
        }
        String[] parts = packageName.substring(root.length() + 1).split("\\.");
        return parts.length < 2 ? Optional.empty() : Optional.of(parts[0] + "." + parts[1]);
    }

    private static boolean saysWhoMayCall(JavaMethod method) {
        JavaClass owner = method.getOwner();
        return method.isAnnotatedWith(Allowed.class) || method.isAnnotatedWith(PermitAll.class)
                || owner.isAnnotatedWith(Allowed.class) || owner.isAnnotatedWith(PermitAll.class);
    }

    private static boolean observes(JavaParameter p) {
        return p.isAnnotatedWith(Observes.class) || p.isAnnotatedWith(ObservesAsync.class);
    }
}
