package kz.rudny.cabinet.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The feature rules of {@link ModuleBoundariesTest} fail where they should, on a fixture that breaks each once. */
class FeatureRulesTest {

    private static final String ROOT = "kz.rudny.cabinet.architecture.fixture";
    private static final String SHOP = ROOT + ".shop";
    private final JavaClasses classes = new ClassFileImporter().importPackages(ROOT);
    private final FeatureRules rules = new FeatureRules(classes, ROOT);

    @Test
    void modulesAreReadFromThePackages() {
        assertEquals(List.of("shop"), rules.modules());
    }

    @Test
    void aClassOutsideAFeatureLayerIsFound() {
        EvaluationResult result = rules.madeOfFeatures("shop").evaluate(classes);
        assertEquals(List.of(SHOP + ".Stray is in no feature's layer"), result.getFailureReport().getDetails());
    }

    @Test
    void aCycleBetweenFeaturesIsFound() {
        assertTrue(rules.featuresFreeOfCycles("shop").evaluate(classes).hasViolation());
    }

    @Test
    void reachingIntoAnotherFeaturesControlIsFoundButObservingItsBoundaryEventIsNot() {
        List<String> details = rules.othersOnlyThroughBoundaries("shop").evaluate(classes).getFailureReport()
                .getDetails();
        assertFalse(details.isEmpty());
        assertTrue(details.stream().allMatch(d -> d.contains(SHOP + ".orders.control.OrderBook")
                && d.contains(SHOP + ".billing.control.Ledger")), () -> String.join("\n", details));
    }

    @Test
    void aMalformedEventIsFoundAndAWellFormedOneIsNot() {
        String pay = SHOP + ".billing.control.PayBill";
        assertEquals(List.of(pay + " is not in a boundary package", pay + " is not named in the past tense",
                pay + ".bill carries an entity"), rules.eventProblems());
        assertTrue(rules.eventTypes().stream().anyMatch(e -> e.getSimpleName().equals("OrderPlaced")));
    }

    @Test
    void aPublicBoundaryMethodThatSaysNothingIsFound() {
        assertEquals(List.of(SHOP + ".orders.boundary.Orders.place(long)"), rules.unsaidBoundaryMethods());
    }

    @Test
    void anObserverInABoundaryBeanIsFound() {
        assertEquals(List.of(SHOP + ".orders.boundary.Orders.placed(" + SHOP + ".orders.boundary.OrderPlaced)"),
                rules.observersInBoundaryBeans());
    }
}
