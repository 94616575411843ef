package kz.rudny.cabinet.web.profile;

import jakarta.enterprise.event.Event;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import kz.rudny.cabinet.domain.people.boundary.PasswordChanged;
import kz.rudny.cabinet.domain.people.boundary.Profile;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.web.support.FacesForms;

/**
 * Changing one's own password, on the profile page and on the page a person with a handed-out first password
 * is held on ({@link PasswordChangeFilter}); from there a successful change leads to the start page.
 */
@Named
@ViewScoped
public class PasswordChange implements Serializable {

    @Inject
    Profile profile;

    @Inject
    CurrentCaller caller;

    @Inject
    Event<PasswordChanged> changes;

    private String currentPassword;
    private String newPassword;
    private String repeatPassword;

    public void change() throws IOException {
        boolean required = caller.isPasswordChangeRequired();
        boolean changed = FacesForms.submit("password",
                () -> changes.fire(profile.changePassword(currentPassword, newPassword, repeatPassword)));
        currentPassword = null;
        newPassword = null;
        repeatPassword = null;
        if (changed) {
            FacesForms.info("password.changed");
            if (required) {
                FacesForms.redirectTo("/index.xhtml");
            }
        }
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
