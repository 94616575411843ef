package kz.rudny.cabinet.web.district;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import kz.rudny.cabinet.domain.school.boundary.NewSchoolForm;
import kz.rudny.cabinet.domain.school.boundary.Schools;
import kz.rudny.cabinet.web.support.FacesForms;

/** The district administrator creates a school and its first methodologist. */
@Named
@ViewScoped
public class NewSchoolPage implements Serializable {

    @Inject
    Schools schools;

    private final NewSchoolForm form = new NewSchoolForm();

    public void create() throws IOException {
        if (FacesForms.submit("school", () -> schools.create(form))) {
            FacesForms.info("school.created", form.getName(), form.getUsername());
            FacesForms.redirectTo("/district/schools.xhtml");
        }
    }

    public NewSchoolForm getForm() {
        return form;
    }
}
