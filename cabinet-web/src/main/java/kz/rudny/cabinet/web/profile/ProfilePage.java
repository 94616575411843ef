package kz.rudny.cabinet.web.profile;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import kz.rudny.cabinet.domain.people.boundary.Profile;
import kz.rudny.cabinet.domain.people.boundary.ProfileForm;
import kz.rudny.cabinet.web.layout.LanguageChoice;
import kz.rudny.cabinet.web.support.FacesForms;

/** Own profile: name, subjects, language, and the password. */
@Named
@ViewScoped
public class ProfilePage implements Serializable {

    @Inject
    Profile profile;

    @Inject
    LanguageChoice language;

    private ProfileForm form;
    private String schoolName;
    private String currentPassword;
    private String newPassword;
    private String repeatPassword;

    @PostConstruct
    void load() {
        form = profile.form();
        schoolName = profile.schoolName().orElse(null);
    }

    public void save() {
        if (FacesForms.submit("profile", () -> profile.update(form))) {
            language.adoptAccountLanguage();
            form = profile.form(); // the page stays: the next save starts from the version just saved
            FacesForms.info("profile.saved");
        }
    }

    public void changePassword() {
        boolean changed = FacesForms.submit("password",
                () -> profile.changePassword(currentPassword, newPassword, repeatPassword));
        currentPassword = null;
        newPassword = null;
        repeatPassword = null;
        if (changed) {
            form = profile.form(); // the password changed the account's version: the profile as it is now
            FacesForms.info("password.changed");
        }
    }

    public ProfileForm getForm() {
        return form;
    }

    public String getSchoolName() {
        return schoolName;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }
}
