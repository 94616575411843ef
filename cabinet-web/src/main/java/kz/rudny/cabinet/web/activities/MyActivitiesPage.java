package kz.rudny.cabinet.web.activities;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import kz.rudny.cabinet.events.activities.boundary.EventCertificates;
import kz.rudny.cabinet.events.activities.boundary.MyRegistration;
import kz.rudny.cabinet.events.activities.boundary.Registrations;
import kz.rudny.cabinet.events.activities.boundary.TakenPart;

/** The caller's own events: the registrations (a place or a number in the queue), and those taken part in, with certificates. */
@Named
@ViewScoped
public class MyActivitiesPage implements Serializable {

    @Inject
    Registrations registrations;

    @Inject
    EventCertificates certificates;

    private List<MyRegistration> mine;
    private List<TakenPart> takenPart;

    @PostConstruct
    void load() {
        mine = registrations.mine();
        takenPart = certificates.takenPart();
    }

    public List<MyRegistration> getMine() {
        return mine;
    }

    public List<TakenPart> getTakenPart() {
        return takenPart;
    }
}
