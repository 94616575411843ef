package kz.rudny.cabinet.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import kz.rudny.cabinet.domain.people.boundary.EducationLevel;
import kz.rudny.cabinet.domain.people.boundary.QualificationCategory;
import kz.rudny.cabinet.domain.people.boundary.Staff;
import kz.rudny.cabinet.domain.people.boundary.StaffMemberForm;
import kz.rudny.cabinet.web.layout.LanguageChoice;
import kz.rudny.cabinet.web.support.FacesForms;

/** Creates a staff member or edits one ({@code ?id=}); deactivates, reactivates, resets the password. */
@Named
@ViewScoped
public class StaffMemberPage implements Serializable {

    @Inject
    Staff staff;

    @Inject
    LanguageChoice language;

    private Long id;
    private StaffMemberForm form;
    private boolean active = true;
    private String temporaryPassword;

    /** Called by the view's viewAction once the id parameter is set; the boundary refuses other schools' ids. */
    public void load() {
        if (form != null) {
            return;
        }
        if (id == null) {
            form = new StaffMemberForm();
        } else {
            form = staff.form(id);
            active = staff.view(id, language.current()).active();
        }
    }

    public void save() throws IOException {
        boolean creating = id == null;
        if (FacesForms.submit("member", () -> {
            if (creating) {
                id = staff.create(form);
            } else {
                staff.update(id, form);
            }
        })) {
            FacesForms.info(creating ? "staff.created" : "staff.saved");
            FacesForms.redirectTo("/school/staff-member.xhtml?id=" + id);
        }
    }

    public void deactivate() {
        if (FacesForms.submit("member", () -> staff.deactivate(id))) {
            reopen();
            FacesForms.info("staff.deactivated");
        }
    }

    public void activate() {
        staff.activate(id);
        reopen();
        FacesForms.info("staff.activated");
    }

    public void resetPassword() {
        temporaryPassword = staff.resetPassword(id);
        reopen();
    }

    /**
     * After the page's own change to the account (these buttons post their own form, so nothing typed in the
     * staff form is carried) the form shows the record as it is now, with its new version.
     */
    private void reopen() {
        form = staff.form(id);
        active = staff.view(id, language.current()).active();
    }

    public boolean isEditing() {
        return id != null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public StaffMemberForm getForm() {
        return form;
    }

    /** The qualification categories in the order of the attestation rules. */
    public List<QualificationCategory> getCategories() {
        return List.of(QualificationCategory.values());
    }

    /** The education levels in the order of the department's tables. */
    public List<EducationLevel> getEducationLevels() {
        return List.of(EducationLevel.values());
    }

    public boolean isActive() {
        return active;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }
}
