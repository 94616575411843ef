package kz.rudny.cabinet.web.openlessons;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import kz.rudny.cabinet.events.activities.boundary.ObservationForm;
import kz.rudny.cabinet.events.activities.boundary.ObservationView;
import kz.rudny.cabinet.events.activities.boundary.Observations;
import kz.rudny.cabinet.web.support.FacesForms;
import kz.rudny.cabinet.web.support.RowFields;

/**
 * An observation ({@code ?id=}): its observer fills it (a mark 1..5 and a comment per criterion, the
 * recommendations, the focus pupils' notes on a Lesson Study lesson), saves the draft and submits it; afterwards,
 * and for the lesson's teacher and organiser, it is read only. Refused input stays as typed, by its field.
 */
@Named
@ViewScoped
public class ObservationPage implements Serializable {

    @Inject
    Observations observations;

    private Long id;
    private ObservationView view;
    private ObservationForm form;

    public void load() {
        if (view != null) {
            return;
        }
        view = observations.view(id == null ? -1 : id);
        if (isEditable()) {
            form = observations.form(id);
        }
    }

    public void save() {
        if (RowFields.submit("observation", () -> observations.save(id, form))) {
            FacesForms.info("observation.saved");
            view = observations.view(id);
        }
    }

    public void submit() {
        if (RowFields.submit("observation", () -> {
            observations.save(id, form);
            observations.submit(id);
        })) {
            FacesForms.info("observation.submittedInfo");
            view = observations.view(id);
            form = null;
        }
    }

    public boolean isEditable() {
        return view != null && view.mine() && !view.submitted();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ObservationView getView() {
        return view;
    }

    public ObservationForm getForm() {
        return form;
    }
}
