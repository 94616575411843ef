package kz.rudny.cabinet.mentoring.it;

import jakarta.inject.Inject;
import kz.rudny.cabinet.domain.association.boundary.Associations;
import kz.rudny.cabinet.domain.it.support.Callers;
import kz.rudny.cabinet.domain.it.support.TestDatabase;
import kz.rudny.cabinet.domain.lessonanalysis.boundary.AnalysisTemplates;
import kz.rudny.cabinet.domain.notifications.boundary.Inbox;
import kz.rudny.cabinet.domain.people.boundary.Staff;
import kz.rudny.cabinet.mentoring.attestation.boundary.Attestations;
import kz.rudny.cabinet.mentoring.attestation.boundary.CategoryRequirements;
import kz.rudny.cabinet.mentoring.attestation.boundary.Portfolios;
import kz.rudny.cabinet.mentoring.attestation.control.AttestationReminders;
import kz.rudny.cabinet.mentoring.courses.boundary.Courses;
import kz.rudny.cabinet.mentoring.courses.control.CourseReminders;
import kz.rudny.cabinet.mentoring.it.support.MentoringDeployment;
import kz.rudny.cabinet.mentoring.pairs.boundary.LessonVisits;
import kz.rudny.cabinet.mentoring.pairs.boundary.MentorReports;
import kz.rudny.cabinet.mentoring.pairs.boundary.MentoringPairs;
import kz.rudny.cabinet.mentoring.pairs.boundary.MentoringPlans;
import kz.rudny.cabinet.mentoring.selfeducation.boundary.SelfEducation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The mentoring module's in-container suite: ONE test WAR, so one Payara Micro per database run (it-derby,
 * it-postgresql), for all of its features. Each feature's tests live in their own interface ({@link PairsTests},
 * {@link PairWorkTests}, {@link CoursesTests}, {@link AttestationTests}, {@link SelfEducationTests}) as {@code @Test} default methods; this class implements them all and hands them the beans
 * it has injected. The tests share the server and its database, so each works on its own school and people.
 */
@ExtendWith(ArquillianExtension.class)
class MentoringSuiteIT implements PairsTests, PairWorkTests, CoursesTests, AttestationTests,
        SelfEducationTests {

    @Deployment
    static WebArchive deployment() {
        return MentoringDeployment.war(MentoringSuiteIT.class, PairsTests.class, PairWorkTests.class,
                CoursesTests.class, AttestationTests.class, SelfEducationTests.class);
    }

    @Inject
    Callers callers;

    @Inject
    TestDatabase db;

    @Inject
    Inbox inbox;

    @Inject
    Staff staff;

    @Inject
    AnalysisTemplates templates;

    @Inject
    MentoringPairs pairs;

    @Inject
    MentoringPlans plans;

    @Inject
    LessonVisits visits;

    @Inject
    MentorReports reports;

    @Inject
    Courses courses;

    @Inject
    CourseReminders courseReminders;

    @Inject
    Attestations attestations;

    @Inject
    Portfolios portfolios;

    @Inject
    CategoryRequirements categoryRequirements;

    @Inject
    AttestationReminders attestationReminders;

    @Inject
    SelfEducation selfEducation;

    @Inject
    Associations associations;

    @Override
    public SelfEducation selfEducation() {
        return selfEducation;
    }

    @Override
    public Associations associations() {
        return associations;
    }

    @Override
    public Attestations attestations() {
        return attestations;
    }

    @Override
    public Portfolios portfolios() {
        return portfolios;
    }

    @Override
    public CategoryRequirements categoryRequirements() {
        return categoryRequirements;
    }

    @Override
    public AttestationReminders attestationReminders() {
        return attestationReminders;
    }

    @Override
    public Courses courses() {
        return courses;
    }

    @Override
    public CourseReminders courseReminders() {
        return courseReminders;
    }

    @Override
    public Callers callers() {
        return callers;
    }

    @Override
    public TestDatabase db() {
        return db;
    }

    @Override
    public Inbox inbox() {
        return inbox;
    }

    @Override
    public Staff staff() {
        return staff;
    }

    @Override
    public AnalysisTemplates templates() {
        return templates;
    }

    @Override
    public MentoringPairs pairs() {
        return pairs;
    }

    @Override
    public MentoringPlans plans() {
        return plans;
    }

    @Override
    public LessonVisits visits() {
        return visits;
    }

    @Override
    public MentorReports reports() {
        return reports;
    }
}
