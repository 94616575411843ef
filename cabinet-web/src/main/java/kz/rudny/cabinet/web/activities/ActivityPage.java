package kz.rudny.cabinet.web.activities;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import kz.rudny.cabinet.events.activities.boundary.Activities;
import kz.rudny.cabinet.events.activities.boundary.ActivityView;
import kz.rudny.cabinet.events.activities.boundary.RegistrationView;
import kz.rudny.cabinet.events.activities.boundary.Registrations;
import kz.rudny.cabinet.events.activities.boundary.Seat;
import kz.rudny.cabinet.events.activities.boundary.SeatStatus;
import kz.rudny.cabinet.web.support.FacesForms;

/**
 * An event ({@code ?id=}): what, when, where and who; the places; the caller's own registration (register, or
 * cancel until the start). Its organiser also publishes or cancels it, changes the places, and sees the list of
 * registered and waiting people.
 */
@Named
@ViewScoped
public class ActivityPage implements Serializable {

    @Inject
    Activities activities;

    @Inject
    Registrations registrations;

    private Long id;
    private ActivityView view;
    private List<RegistrationView> people;
    private String cancelReason;
    private Integer capacity;

    public void load() {
        if (view == null) {
            read();
        }
    }

    private void read() {
        view = activities.view(id);
        people = view.organising() ? registrations.of(id) : List.of();
        capacity = view.capacity();
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
