package kz.rudny.cabinet.domain.people.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import kz.rudny.cabinet.domain.people.control.LoginThrottle;

/** What the sign-in page may know before anyone is signed in: whether it must ask the person to wait. */
@ApplicationScoped
@PermitAll // the sign-in throttle answers before anyone is signed in
public class SignIn {

    @Inject
    LoginThrottle throttle;

    public Duration waitFor(String username, String address) {
        return throttle.waitFor(username == null ? "" : username.strip().toLowerCase(Locale.ROOT), address);
    }
}
