package kz.rudny.cabinet.web.activities;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import kz.rudny.cabinet.domain.errors.AccessDeniedException;
import kz.rudny.cabinet.domain.people.boundary.StaffCard;
import kz.rudny.cabinet.domain.people.boundary.Staff;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.events.activities.boundary.Activities;
import kz.rudny.cabinet.events.activities.boundary.ActivityForm;
import kz.rudny.cabinet.events.activities.boundary.ActivityKind;
import kz.rudny.cabinet.events.activities.boundary.ActivityLevel;
import kz.rudny.cabinet.events.activities.boundary.Audience;
import kz.rudny.cabinet.events.activities.boundary.PresenterForm;
import kz.rudny.cabinet.events.rooms.boundary.RoomView;
import kz.rudny.cabinet.events.rooms.boundary.Rooms;
import kz.rudny.cabinet.web.support.FacesForms;

/**
 * Makes a new event ({@code /events/activity-edit.xhtml}) or changes one the caller organises ({@code ?id=}):
 * what, when, where, who presents, how many places and when registration is open. A school's organiser books a
 * room of the school with it; a district methodologist gives an address or a link.
 */
@Named
@ViewScoped
public class ActivityEditPage implements Serializable {

    @Inject
    Activities activities;

    @Inject
    Rooms rooms;

    @Inject
    Staff staff;

    @Inject
    CurrentCaller caller;

    private Long id;
    private ActivityForm form;
    private List<RoomView> roomList;
    private List<StaffCard> colleagues;

    public void load() {
        if (form != null) {
            return;
        }
        if (id == null && !activities.canCreate()) {
            throw new AccessDeniedException("Only organisers make events");
        }
        form = id == null ? activities.blank() : activities.form(id);
        if (form.getPresenters().isEmpty()) {
            form.getPresenters().add(new PresenterForm());
        }
        boolean school = caller.schoolId().isPresent();
        roomList = school ? rooms.all() : List.of();
        colleagues = school ? staff.colleagues() : List.of();
    }

    public void addPresenter() {
        form.getPresenters().add(new PresenterForm());
    }

    public void removePresenter(int index) {
        if (index >= 0 && index < form.getPresenters().size()) {
            form.getPresenters().remove(index);
        }
    }

    public void save() throws IOException {
        boolean creating = id == null;
        form.getPresenters().removeIf(p -> p.getStaffId() == null && p.getGuestName() == null);
        if (FacesForms.submit("activity", () -> {
            if (creating) {
                id = activities.create(form);
            } else {
                activities.update(id, form);
            }
        })) {
            FacesForms.info(creating ? "activity.created" : "activity.saved");
            FacesForms.redirectTo("/events/activity.xhtml?id=" + id);
        } else if (form.getPresenters().isEmpty()) {
            form.getPresenters().add(new PresenterForm());
        }
    }

    public boolean isSchool() {
        return caller.schoolId().isPresent();
    }

    public ActivityKind[] getKinds() {
        return ActivityKind.values();
    }

    public ActivityLevel[] getLevels() {
        return ActivityLevel.values();
    }

    /** A school's event is for the school or open to the town; the district's is open to every school. */
    public List<Audience> getAudiences() {
        return isSchool() ? List.of(Audience.SCHOOL, Audience.TOWN) : List.of(Audience.DISTRICT);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ActivityForm getForm() {
        return form;
    }

    public List<RoomView> getRoomList() {
        return roomList;
    }

    public List<StaffCard> getColleagues() {
        return colleagues;
    }
}
