package kz.rudny.cabinet.web.meetings;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import kz.rudny.cabinet.domain.association.boundary.AssociationRoster;
import kz.rudny.cabinet.domain.association.boundary.Associations;
import kz.rudny.cabinet.events.meetings.boundary.AgendaItemForm;
import kz.rudny.cabinet.events.meetings.boundary.MeetingForm;
import kz.rudny.cabinet.events.meetings.boundary.Meetings;
import kz.rudny.cabinet.events.rooms.boundary.RoomView;
import kz.rudny.cabinet.events.rooms.boundary.Rooms;
import kz.rudny.cabinet.web.support.FacesForms;

/** Plans a meeting ({@code ?association=}) or changes a planned one ({@code ?id=}): time, place and agenda. */
@Named
@ViewScoped
public class MeetingEditPage implements Serializable {

    @Inject
    Meetings meetings;

    @Inject
    Associations associations;

    @Inject
    Rooms rooms;

    private Long id;
    private Long association;
    private MeetingForm form;
    private AssociationRoster roster;
    private List<RoomView> roomList;

    public void load() {
        if (form != null) {
            return;
        }
        form = id == null ? meetings.blank(association == null ? -1 : association) : meetings.form(id);
        roster = associations.roster(form.getAssociationId());
        roomList = rooms.all();
    }

    public void addItem() {
        form.getAgenda().add(new AgendaItemForm());
    }

    public void removeItem(int index) {
        if (form.getAgenda().size() > 1 && index >= 0 && index < form.getAgenda().size()) {
            form.getAgenda().remove(index);
        }
    }

    public void save() throws IOException {
        boolean creating = id == null;
        if (FacesForms.submit("meeting", () -> {
            if (creating) {
                id = meetings.plan(form);
            } else {
                meetings.update(id, form);
            }
        })) {
            FacesForms.info(creating ? "meeting.planned" : "meeting.saved");
            FacesForms.redirectTo("/events/meeting.xhtml?id=" + id);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getAssociation() {
        return association;
    }

    public void setAssociation(Long association) {
        this.association = association;
    }

    public MeetingForm getForm() {
        return form;
    }

    public AssociationRoster getRoster() {
        return roster;
    }

    public List<RoomView> getRoomList() {
        return roomList;
    }
}
