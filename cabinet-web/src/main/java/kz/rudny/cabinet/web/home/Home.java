package kz.rudny.cabinet.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import kz.rudny.cabinet.domain.people.boundary.Profile;
import kz.rudny.cabinet.domain.security.CurrentCaller;

/** The home page: who you are, where, and what you can open. */
@Named
@RequestScoped
public class Home {

    @Inject
    Profile profile;

    @Inject
    CurrentCaller caller;

    private String schoolName;
    private boolean loaded;

    public String getSchoolName() {
        if (!loaded) {
            schoolName = profile.schoolName().orElse(null);
            loaded = true;
        }
        return schoolName;
    }

    public List<String> getRoles() {
        return caller.roles().stream().sorted().map(Enum::name).toList();
    }
}
