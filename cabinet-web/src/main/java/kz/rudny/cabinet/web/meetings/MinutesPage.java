package kz.rudny.cabinet.web.meetings;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import kz.rudny.cabinet.domain.association.boundary.AssociationRoster;
import kz.rudny.cabinet.domain.association.boundary.Associations;
import kz.rudny.cabinet.events.meetings.boundary.MeetingView;
import kz.rudny.cabinet.events.meetings.boundary.Meetings;
import kz.rudny.cabinet.events.meetings.boundary.Minutes;
import kz.rudny.cabinet.events.meetings.boundary.MinutesForm;
import kz.rudny.cabinet.events.meetings.boundary.Presence;
import kz.rudny.cabinet.web.support.FacesForms;

/** Records a meeting's minutes ({@code ?id=}): attendance, officers, heard / spoke / decided, and decisions. */
@Named
@ViewScoped
public class MinutesPage implements Serializable {

    @Inject
    Minutes minutes;

    @Inject
    Meetings meetings;

    @Inject
    Associations associations;

    private Long id;
    private MinutesForm form;
    private MeetingView meeting;
    private AssociationRoster roster;

    public void load() throws IOException {
        if (form != null) {
            return;
        }
        meeting = meetings.view(id);
        if (!meeting.canRecord()) {
            // a member who is not the secretary: the meeting's page, with why there is nothing to edit
            FacesForms.fieldError("minutes", "minutes", kz.rudny.cabinet.web.support.Texts.validation("minutes.notRecorder"));
            FacesForms.redirectTo("/events/meeting.xhtml?id=" + id);
            return;
        }
        form = minutes.form(id);
        roster = associations.roster(meeting.associationId());
    }

    public void addDecision() {
        form.getDecisions().add(new MinutesForm.DecisionRow());
    }

    public void removeDecision(int index) {
        if (index >= 0 && index < form.getDecisions().size()) {
            form.getDecisions().remove(index);
        }
    }

    public void save() throws IOException {
        if (FacesForms.submit("minutes", () -> minutes.save(id, form))) {
            FacesForms.info("minutes.saved");
            FacesForms.redirectTo("/events/meeting.xhtml?id=" + id);
        }
    }

    public Presence[] getPresences() {
        return Presence.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MinutesForm getForm() {
        return form;
    }

    public MeetingView getMeeting() {
        return meeting;
    }

    public AssociationRoster getRoster() {
        return roster;
    }
}
