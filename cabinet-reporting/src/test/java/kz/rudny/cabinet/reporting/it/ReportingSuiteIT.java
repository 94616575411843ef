package kz.rudny.cabinet.reporting.it;

import jakarta.inject.Inject;
import kz.rudny.cabinet.domain.it.support.Callers;
import kz.rudny.cabinet.domain.it.support.TestDatabase;
import kz.rudny.cabinet.domain.people.boundary.Staff;
import kz.rudny.cabinet.domain.staffimport.boundary.StaffImport;
import kz.rudny.cabinet.events.activities.boundary.Activities;
import kz.rudny.cabinet.events.activities.boundary.Attendance;
import kz.rudny.cabinet.events.activities.boundary.OpenLessons;
import kz.rudny.cabinet.events.activities.boundary.Registrations;
import kz.rudny.cabinet.events.plan.boundary.Plans;
import kz.rudny.cabinet.library.exchange.boundary.DistrictExchange;
import kz.rudny.cabinet.library.exchange.boundary.Feedback;
import kz.rudny.cabinet.library.materials.boundary.Materials;
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
class ReportingSuiteIT implements FiguresTests, WorkAndExchangeFiguresTests, DepartmentReportsTests {

    @Deployment
    static WebArchive deployment() {
        return ReportingDeployment.war(ReportingSuiteIT.class, FiguresTests.class, WorkAndExchangeFiguresTests.class,
                DepartmentReportsTests.class);
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
    Activities activities;

    @Inject
    Registrations registrations;

    @Inject
    Attendance attendance;

    @Inject
    OpenLessons openLessons;

    @Inject
    Plans plans;

    @Inject
    DistrictExchange exchange;

    @Inject
    Feedback feedback;

    @Inject
    Materials materials;

    @Inject
    StaffImport staffImport;

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
    public Activities activities() {
        return activities;
    }

    @Override
    public Registrations registrations() {
        return registrations;
    }

    @Override
    public Attendance attendance() {
        return attendance;
    }

    @Override
    public OpenLessons openLessons() {
        return openLessons;
    }

    @Override
    public Plans plans() {
        return plans;
    }

    @Override
    public DistrictExchange exchange() {
        return exchange;
    }

    @Override
    public Feedback feedback() {
        return feedback;
    }

    @Override
    public Materials materials() {
        return materials;
    }

    @Override
    public StaffImport staffImport() {
        return staffImport;
    }

    @Override
    public DepartmentReports reports() {
        return reports;
    }
}
