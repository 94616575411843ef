package kz.rudny.cabinet.web.activities;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.rudny.cabinet.domain.certificates.boundary.CertificateKind;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.events.activities.boundary.Activities;
import kz.rudny.cabinet.events.activities.boundary.ActivityStatus;
import kz.rudny.cabinet.events.activities.boundary.Attendance;
import kz.rudny.cabinet.events.activities.boundary.EventCertificates;
import kz.rudny.cabinet.events.activities.boundary.FeedbackSummary;
import kz.rudny.cabinet.events.activities.boundary.FeedbackView;
import kz.rudny.cabinet.events.activities.boundary.Feedbacks;
import kz.rudny.cabinet.events.activities.boundary.TakenPart;
import kz.rudny.cabinet.events.activities.boundary.ActivityView;
import kz.rudny.cabinet.events.activities.boundary.RegistrationView;
import kz.rudny.cabinet.events.activities.boundary.Registrations;
import kz.rudny.cabinet.events.activities.boundary.Seat;
import kz.rudny.cabinet.events.activities.boundary.SeatStatus;
import kz.rudny.cabinet.web.support.FacesForms;

/**
 * An event ({@code ?id=}): what, when, where and who; the places; the caller's own registration (register, or
 * cancel until the start); after it, an attendee's feedback and certificate. Its organiser also publishes or cancels
 * it, changes the places, sees the list of registered and waiting people, takes attendance once it has begun (on a
 * phone too), reads the feedback and downloads guest presenters' certificates.
 */
@Named
@ViewScoped
public class ActivityPage implements Serializable {

    @Inject
    Activities activities;

    @Inject
    Registrations registrations;

    @Inject
    Attendance attendance;

    @Inject
    Feedbacks feedbacks;

    @Inject
    EventCertificates certificates;

    @Inject
    Settings settings;

    @Inject
    kz.rudny.cabinet.domain.people.boundary.Staff staff;

    @Inject
    kz.rudny.cabinet.domain.security.CurrentCaller caller;

    private Long id;
    private ActivityView view;
    private List<RegistrationView> people;
    private String cancelReason;
    private Integer capacity;
    private boolean started;
    private final Map<Long, Boolean> present = new LinkedHashMap<>();
    private TakenPart myPart;
    private FeedbackView myFeedback;
    private FeedbackSummary feedbackSummary;
    private Integer rating;
    private Long colleagueId;
    private List<kz.rudny.cabinet.domain.people.boundary.StaffCard> colleagues = List.of();
    private String comment;

    public void load() {
        if (view == null) {
            read();
        }
    }

    private void read() {
        view = activities.view(id);
        people = view.organising() ? registrations.of(id) : List.of();
        capacity = view.capacity();
        started = !LocalDateTime.now(settings.timeZone()).isBefore(view.startsAt());
        present.clear();
        people.stream().filter(p -> p.status() == SeatStatus.REGISTERED)
                .forEach(p -> present.put(p.id(), Boolean.TRUE.equals(p.attended())));
        myPart = started ? certificates.takenPart().stream().filter(t -> t.activityId() == id).findFirst().orElse(null)
                : null;
        myFeedback = started ? feedbacks.mine(id).orElse(null) : null;
        feedbackSummary = view.organising() && view.status() == ActivityStatus.HELD ? feedbacks.summary(id) : null;
        colleagues = view.organising() && view.registrationOpen() && caller.schoolId().isPresent()
                && view.ownerName() != null ? staff.colleagues() : List.of();
    }

    /** The organiser registers a colleague of the school: a place or a place in the queue; the colleague is told. */
    public void registerColleague() {
        Seat[] seat = new Seat[1];
        if (colleagueId == null) {
            FacesForms.fieldError("colleagueForm", "colleague", kz.rudny.cabinet.web.support.Texts.validation("field.required"));
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        if (FacesForms.submit("colleagueForm", () -> seat[0] = registrations.registerColleague(id, colleagueId))) {
            if (seat[0].status() == SeatStatus.REGISTERED) {
                FacesForms.info("activity.colleagueRegistered");
            } else {
                FacesForms.info("activity.colleagueQueued", seat[0].position());
            }
            colleagueId = null;
            read();
        }
    }

    public Long getColleagueId() {
        return colleagueId;
    }

    public void setColleagueId(Long colleagueId) {
        this.colleagueId = colleagueId;
    }

    public List<kz.rudny.cabinet.domain.people.boundary.StaffCard> getColleagues() {
        return colleagues;
    }

    /** Marks who came (the boxes ticked) and who did not; the event is then held. */
    public void takeAttendance() {
        if (FacesForms.submit("attendance", () -> attendance.take(id, new LinkedHashMap<>(present)))) {
            FacesForms.info("activity.attendanceTaken");
            read();
        }
    }

    /** The attendee's rating and comment, once. */
    public void giveFeedback() {
        if (rating == null) {
            FacesForms.fieldError("feedback", "rating", kz.rudny.cabinet.web.support.Texts.validation("activity.feedbackRating"));
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        if (FacesForms.submit("feedback", () -> feedbacks.give(id, rating, comment))) {
            FacesForms.info("activity.feedbackThanks");
            read();
        }
    }

    /** Whether the organiser may take attendance now: the event has begun and is neither a draft nor cancelled. */
    public boolean isAttendanceOpen() {
        return view.organising() && started
                && (view.status() == ActivityStatus.PUBLISHED || view.status() == ActivityStatus.HELD);
    }

    /** Whether the caller, marked present, may still rate the event. */
    public boolean isFeedbackOpen() {
        return myPart != null && myPart.certificate() == CertificateKind.EVENT_PARTICIPATION && myFeedback == null;
    }

    /** Registers the caller: a place, or a number in the queue; a closed registration is explained, never an error. */
    public void register() {
        Seat[] seat = new Seat[1];
        if (FacesForms.submit("registering", () -> seat[0] = registrations.register(id))) {
            if (seat[0].status() == SeatStatus.REGISTERED) {
                FacesForms.info("activity.registered");
            } else {
                FacesForms.info("activity.queued", seat[0].position());
            }
        }
        read();
    }

    public void cancelRegistration() {
        if (FacesForms.submit("registering", () -> registrations.cancel(id))) {
            FacesForms.info("activity.registrationCancelled");
        }
        read();
    }

    public void publish() {
        if (FacesForms.submit("organising", () -> activities.publish(id))) {
            FacesForms.info("activity.publishedNow");
        }
        read();
    }

    public void changeCapacity() {
        if (FacesForms.submit("places", () -> registrations.changeCapacity(id, capacity == null ? 0 : capacity))) {
            FacesForms.info("activity.capacityChanged");
            read();
        }
    }

    public void cancel() throws IOException {
        if (FacesForms.submit("cancelling", () -> activities.cancel(id, cancelReason))) {
            FacesForms.info("activity.cancelledNow");
            FacesForms.redirectTo("/events/activity.xhtml?id=" + id);
        }
    }

    public long getRegisteredCount() {
        return people.stream().filter(p -> p.status() == SeatStatus.REGISTERED).count();
    }

    public boolean isStarted() {
        return started;
    }

    public Map<Long, Boolean> getPresent() {
        return present;
    }

    public TakenPart getMyPart() {
        return myPart;
    }

    public FeedbackView getMyFeedback() {
        return myFeedback;
    }

    public FeedbackSummary getFeedbackSummary() {
        return feedbackSummary;
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ActivityView getView() {
        return view;
    }

    public List<RegistrationView> getPeople() {
        return people;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }
}
