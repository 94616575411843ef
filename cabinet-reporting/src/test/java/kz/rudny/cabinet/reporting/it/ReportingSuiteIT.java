package kz.rudny.cabinet.reporting.it;

import jakarta.inject.Inject;
import kz.rudny.cabinet.domain.it.support.Callers;
import kz.rudny.cabinet.domain.it.support.TestDatabase;
import kz.rudny.cabinet.domain.people.boundary.Staff;
import kz.rudny.cabinet.mentoring.attestation.boundary.Attestations;
import kz.rudny.cabinet.mentoring.courses.boundary.Courses;
import kz.rudny.cabinet.mentoring.pairs.boundary.MentoringPairs;
import kz.rudny.cabinet.reporting.figures.boundary.Dashboard;
import kz.rudny.cabinet.reporting.it.support.ReportingDeployment;
import kz.rudny.cabinet.reporting.reports.boundary.DepartmentReports;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reporting module's in-container suite: ONE test WAR with every module (reporting keeps what the others count),
 * so one Payara Micro per database run. Each feature's tests live in an interface ({@link FiguresTests}, {@link DepartmentReportsTests}).
 */
@ExtendWith(ArquillianExtension.class)
class ReportingSuiteIT implements FiguresTests, DepartmentReportsTests {

    @Deployment
    static WebArchive deployment() {
        return ReportingDeployment.war(ReportingSuiteIT.class, FiguresTests.class, DepartmentReportsTests.class);
    }

    @Inject
    Callers callers;

    @Inject
    TestDatabase db;

    @Inject
    Dashboard dashboard;

    @Inject
    Courses courses;

    @Inject
    MentoringPairs pairs;

    @Inject
    Attestations attestations;

    @Inject
    Staff staff;

    @Inject
    DepartmentReports reports;

    @Override
    public Callers callers() {
        return callers;
    }

    @Override
    public TestDatabase db() {
        return db;
    }

    @Override
    public Dashboard dashboard() {
        return dashboard;
    }

    @Override
    public Courses courses() {
        return courses;
    }

    @Override
    public MentoringPairs pairs() {
        return pairs;
    }

    @Override
    public Attestations attestations() {
        return attestations;
    }

    @Override
    public Staff staff() {
        return staff;
    }

    @Override
    public DepartmentReports reports() {
        return reports;
    }
}
