package kz.rudny.cabinet.web.profile;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import kz.rudny.cabinet.domain.people.boundary.PasswordChanged;
import kz.rudny.cabinet.domain.people.boundary.Profile;
import kz.rudny.cabinet.domain.people.boundary.ProfileForm;
import kz.rudny.cabinet.web.layout.LanguageChoice;
import kz.rudny.cabinet.web.support.FacesForms;

/** Own profile: name, subjects, language (the password: {@link PasswordChange}). */
@Named
@ViewScoped
public class ProfilePage implements Serializable {

    @Inject
    Profile profile;

    @Inject
    LanguageChoice language;

    private ProfileForm form;
    private String schoolName;

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

    /** The password form on the same page changed the password: the details typed here are still current. */
    void passwordChanged(@Observes(notifyObserver = Reception.IF_EXISTS) PasswordChanged change) {
        form.follow(change);
    }

    public ProfileForm getForm() {
        return form;
    }

    public String getSchoolName() {
        return schoolName;
    }
}
