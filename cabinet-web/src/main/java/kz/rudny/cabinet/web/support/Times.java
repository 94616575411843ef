package kz.rudny.cabinet.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import kz.rudny.cabinet.domain.platform.boundary.Settings;

/** Shows stored UTC times in the district's time zone: {@code #{times.show(entry.occurredAt)}}. */
@Named
@ApplicationScoped
public class Times {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    @Inject
    Settings settings;

    public String show(LocalDateTime utc) {
        if (utc == null) {
            return "";
        }
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(settings.timeZone()).format(FORMAT);
    }
}
