package kz.rudny.cabinet.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import kz.rudny.cabinet.domain.security.Allowed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The module map, checked: no cycles; the domain depends on no feature module; nothing outside a module
 * reaches its internals ({@code entity} and {@code control} packages); the web layer talks to boundaries
 * only; every transactional boundary method says who may call it.
 */
class ModuleBoundariesTest {

    private static final String ROOT = "kz.rudny.cabinet";
    private static JavaClasses classes;

    static List<String> modules() {
        return List.of("domain", "library", "events", "mentoring", "reporting");
    }

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void modulesAreFreeOfCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theDomainDependsOnNoFeatureModuleAndNotOnTheWeb() {
        noClasses().that().resideInAPackage(ROOT + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".library..", ROOT + ".events..",
                        ROOT + ".mentoring..", ROOT + ".reporting..", ROOT + ".web..")
                .check(classes);
    }

    @Test
    void featureModulesNeverDependOnTheWeb() {
        noClasses().that().resideInAnyPackage(ROOT + ".library..", ROOT + ".events..", ROOT + ".mentoring..",
                        ROOT + ".reporting..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".web..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @ParameterizedTest(name = "nothing outside {0} reaches its entities or control classes")
    @MethodSource("modules")
    void nothingOutsideAModuleReachesItsInternals(String module) {
        String own = ROOT + "." + module;
        noClasses().that().resideOutsideOfPackage(own + "..")
                .should().dependOnClassesThat().resideInAnyPackage(own + "..entity..", own + "..control..")
                .because("other modules and the web use " + module + " through its boundary")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void theWebLayerNeverUsesTheEntityManager() {
        noClasses().that().resideInAPackage(ROOT + ".web..")
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

    @Test
    void everyTransactionalBoundaryMethodSaysWhoMayCallIt() {
        methods().that().arePublic().and().areDeclaredInClassesThat().resideInAPackage("..boundary..")
                .and().areDeclaredInClassesThat().areAnnotatedWith(Transactional.class)
                .should(new ArchCondition<>("be annotated @Allowed, or be in a class that is") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        boolean allowed = method.isAnnotatedWith(Allowed.class)
                                || method.getOwner().isAnnotatedWith(Allowed.class);
                        events.add(new SimpleConditionEvent(method, allowed, method.getFullName() + " has no @Allowed"));
                    }
                })
                .check(classes);
    }
}
