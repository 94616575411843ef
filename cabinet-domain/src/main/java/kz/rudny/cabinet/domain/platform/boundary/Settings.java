package kz.rudny.cabinet.domain.platform.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import kz.rudny.cabinet.domain.people.boundary.Language;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The configured settings the interface needs (see {@link ConfigKeys} and the README for defaults). */
@ApplicationScoped
@PermitAll // configuration, read by every feature and at start-up
public class Settings {

    @Inject
    @ConfigProperty(name = ConfigKeys.DEFAULT_LANGUAGE, defaultValue = "kk")
    String defaultLanguage;

    @Inject
    @ConfigProperty(name = ConfigKeys.IDLE_MINUTES, defaultValue = "30")
    int idleMinutes;

    @Inject
    @ConfigProperty(name = ConfigKeys.TIME_ZONE, defaultValue = "Asia/Qostanay")
    String timeZone;

    @Inject
    @ConfigProperty(name = ConfigKeys.UPLOAD_MAX_BYTES, defaultValue = "52428800")
    long uploadMaxBytes;

    /**
     * The interface language before anyone chose one ({@code cabinet.language.default}). There is no other
     * fallback: a value that is not kk, ru or en stops the start of the platform with this message.
     */
    public Language defaultLanguage() {
        return Language.fromCode(defaultLanguage).orElseThrow(() -> new IllegalStateException(
                ConfigKeys.DEFAULT_LANGUAGE + " must be kk, ru or en, not '" + defaultLanguage + "'"));
    }

    public int idleMinutes() {
        return Math.max(1, idleMinutes);
    }

    /** The largest file a person may upload, in bytes (refused before the upload is read). */
    public long uploadMaxBytes() {
        return Math.max(1, uploadMaxBytes);
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }
}
