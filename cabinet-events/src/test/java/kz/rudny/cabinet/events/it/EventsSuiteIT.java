package kz.rudny.cabinet.events.it;

import jakarta.inject.Inject;
import kz.rudny.cabinet.domain.audit.boundary.AuditTrail;
import kz.rudny.cabinet.domain.certificates.boundary.CertificateCheck;
import kz.rudny.cabinet.domain.it.support.Callers;
import kz.rudny.cabinet.domain.it.support.TestDatabase;
import kz.rudny.cabinet.domain.notifications.boundary.Inbox;
import kz.rudny.cabinet.domain.people.boundary.Profile;
import kz.rudny.cabinet.domain.lessonanalysis.boundary.AnalysisTemplates;
import kz.rudny.cabinet.events.activities.boundary.Activities;
import kz.rudny.cabinet.events.activities.boundary.Attendance;
import kz.rudny.cabinet.domain.people.boundary.TeacherWorks;
import kz.rudny.cabinet.events.activities.boundary.EventCertificates;
import kz.rudny.cabinet.events.activities.boundary.Feedbacks;
import kz.rudny.cabinet.events.activities.boundary.LessonStudies;
import kz.rudny.cabinet.events.activities.boundary.Observations;
import kz.rudny.cabinet.events.activities.boundary.OpenLessons;
import kz.rudny.cabinet.events.activities.boundary.Registrations;
import kz.rudny.cabinet.events.calendar.boundary.Calendar;
import kz.rudny.cabinet.events.calendar.boundary.FeedLinks;
import kz.rudny.cabinet.events.calendar.boundary.PrivateFeed;
import kz.rudny.cabinet.events.it.support.BookingMover;
import kz.rudny.cabinet.events.it.support.EventsDeployment;
import kz.rudny.cabinet.events.meetings.boundary.Decisions;
import kz.rudny.cabinet.events.meetings.boundary.MeetingFiles;
import kz.rudny.cabinet.events.meetings.boundary.Meetings;
import kz.rudny.cabinet.events.meetings.boundary.Minutes;
import kz.rudny.cabinet.events.meetings.control.DecisionReminders;
import kz.rudny.cabinet.events.plan.boundary.PlanFromSources;
import kz.rudny.cabinet.events.plan.boundary.Plans;
import kz.rudny.cabinet.events.rooms.boundary.RoomBookings;
import kz.rudny.cabinet.events.rooms.boundary.Rooms;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The events module's in-container suite: ONE test WAR, so one Payara Micro per database run (it-derby,
 * it-postgresql), for all of its features. Each feature's tests live in their own interface ({@link ActivitiesTests},
 * {@link ActivityFilesTests}, {@link ActivityMaterialsTests}, {@link ActivityChangesTests}, {@link ActivityOutcomesTests}, {@link CalendarTests}, {@link LessonStudyTests},
 * {@link OpenLessonsTests},
 * {@link MeetingsTests}, {@link PlanTests}, {@link RoomBookingsTests}) as {@code @Test} default methods; this class
 * implements them all and hands them the beans it has injected through their accessor methods. The tests share the
 * server and its database, so each works on its own days, years and ids rather than on a fresh server.
 */
@ExtendWith(ArquillianExtension.class)
class EventsSuiteIT implements ActivitiesTests, ActivityFilesTests, ActivityMaterialsTests, ActivityChangesTests, ActivityOutcomesTests, CalendarTests,
        LessonStudyTests, MeetingsTests, OpenLessonsTests,
        PlanTests, RoomBookingsTests {

    @Deployment
    static WebArchive deployment() {
        return EventsDeployment.war(EventsSuiteIT.class, ActivitiesTests.class, ActivityFilesTests.class, ActivityMaterialsTests.class, ActivityChangesTests.class,
                ActivityOutcomesTests.class, CalendarTests.class, LessonStudyTests.class, MeetingsTests.class,
                OpenLessonsTests.class, PlanTests.class,
                RoomBookingsTests.class, BookingMover.class);
    }

    @Inject
    Activities activities;

    @Inject
    Attendance attendance;

    @Inject
    AnalysisTemplates templates;

    @Inject
    LessonStudies lessonStudies;

    @Inject
    Observations observations;

    @Inject
    OpenLessons openLessons;

    @Inject
    AuditTrail audit;

    @Inject
    RoomBookings bookings;

    @Inject
    Calendar calendar;

    @Inject
    Callers callers;

    @Inject
    CertificateCheck check;

    @Inject
    TestDatabase database;

    @Inject
    TestDatabase db;

    @Inject
    Decisions decisions;

    @Inject
    EventCertificates eventCertificates;

    @Inject
    TeacherWorks teacherWorks;

    @Inject
    PrivateFeed feed;

    @Inject
    Feedbacks feedbacks;

    @Inject
    FeedLinks feedLinks;

    @Inject
    PlanFromSources fromSources;

    @Inject
    Inbox inbox;

    @Inject
    MeetingFiles meetingFiles;

    @Inject
    kz.rudny.cabinet.events.activities.boundary.ActivityFiles activityFiles;

    @Inject
    kz.rudny.cabinet.events.activities.boundary.ActivityMaterials activityMaterials;

    @Inject
    Meetings meetings;

    @Inject
    Minutes minutes;

    @Inject
    BookingMover mover;

    @Inject
    Plans plans;

    @Inject
    Profile profile;

    @Inject
    DecisionReminders reminders;

    @Inject
    Registrations registrations;

    @Inject
    Rooms rooms;

    @Override
    public Activities activities() {
        return activities;
    }

    @Override
    public Attendance attendance() {
        return attendance;
    }

    @Override
    public AuditTrail audit() {
        return audit;
    }

    @Override
    public RoomBookings bookings() {
        return bookings;
    }

    @Override
    public Calendar calendar() {
        return calendar;
    }

    @Override
    public Callers callers() {
        return callers;
    }

    @Override
    public CertificateCheck check() {
        return check;
    }

    @Override
    public TestDatabase database() {
        return database;
    }

    @Override
    public TestDatabase db() {
        return db;
    }

    @Override
    public Decisions decisions() {
        return decisions;
    }

    @Override
    public EventCertificates eventCertificates() {
        return eventCertificates;
    }

    @Override
    public TeacherWorks teacherWorks() {
        return teacherWorks;
    }

    @Override
    public PrivateFeed feed() {
        return feed;
    }

    @Override
    public Feedbacks feedbacks() {
        return feedbacks;
    }

    @Override
    public FeedLinks feedLinks() {
        return feedLinks;
    }

    @Override
    public PlanFromSources fromSources() {
        return fromSources;
    }

    @Override
    public Inbox inbox() {
        return inbox;
    }

    @Override
    public kz.rudny.cabinet.events.activities.boundary.ActivityFiles activityFiles() {
        return activityFiles;
    }

    @Override
    public kz.rudny.cabinet.events.activities.boundary.ActivityMaterials activityMaterials() {
        return activityMaterials;
    }

    @Override
    public MeetingFiles meetingFiles() {
        return meetingFiles;
    }

    @Override
    public Meetings meetings() {
        return meetings;
    }

    @Override
    public Minutes minutes() {
        return minutes;
    }

    @Override
    public BookingMover mover() {
        return mover;
    }

    @Override
    public Plans plans() {
        return plans;
    }

    @Override
    public Profile profile() {
        return profile;
    }

    @Override
    public DecisionReminders reminders() {
        return reminders;
    }

    @Override
    public Registrations registrations() {
        return registrations;
    }

    @Override
    public Rooms rooms() {
        return rooms;
    }

    @Override
    public AnalysisTemplates templates() {
        return templates;
    }

    @Override
    public LessonStudies lessonStudies() {
        return lessonStudies;
    }

    @Override
    public Observations observations() {
        return observations;
    }

    @Override
    public OpenLessons openLessons() {
        return openLessons;
    }
}
