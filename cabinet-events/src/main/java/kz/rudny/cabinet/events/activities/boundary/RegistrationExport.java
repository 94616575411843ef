package kz.rudny.cabinet.events.activities.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.events.activities.control.RegistrationsXlsx;

/**
 * The organiser's list of an event as a spreadsheet, in Kazakh or Russian: the same people and the same
 * organiser-only rule as {@link Registrations#of} (another school's people with their name, school and position,
 * nothing else).
 */
@ApplicationScoped
@Allowed({Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST, Role.DISTRICT_METHODOLOGIST, Role.TEACHER, Role.MENTOR})
@Transactional
public class RegistrationExport {

    @Inject
    Registrations registrations;

    @Inject
    Activities activities;

    @Inject
    RegistrationsXlsx xlsx;

    @Inject
    Settings settings;

    public byte[] xlsx(long activityId, @NotNull Language language) {
        var rows = registrations.of(activityId);
        return xlsx.write(activities.view(activityId), rows, language, settings.timeZone());
    }
}
