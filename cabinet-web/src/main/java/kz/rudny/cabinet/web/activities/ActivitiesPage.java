package kz.rudny.cabinet.web.activities;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.events.activities.boundary.Activities;
import kz.rudny.cabinet.events.activities.boundary.ActivityKind;
import kz.rudny.cabinet.events.activities.boundary.ActivityLevel;
import kz.rudny.cabinet.events.activities.boundary.ActivityView;
import kz.rudny.cabinet.web.support.FacesForms;

/**
 * The events the caller may see in a period (their school's, the town's open ones, the district's), filtered by
 * kind and level: by default from today for three months.
 */
@Named
@ViewScoped
public class ActivitiesPage implements Serializable {

    @Inject
    Activities activities;

    @Inject
    Settings settings;

    private LocalDate from;
    private LocalDate to;
    private ActivityKind kind;
    private ActivityLevel level;
    private List<ActivityView> rows;
    private boolean canCreate;

    @PostConstruct
    void load() {
        from = LocalDate.now(settings.timeZone());
        to = from.plusMonths(3);
        canCreate = activities.canCreate();
        show();
    }

    /** Reads the events again for the chosen period and filters; an impossible period is explained by its field. */
    public void show() {
        if (from == null || to == null || to.isBefore(from) || to.isAfter(from.plusYears(2))) {
            FacesForms.fieldError("activities", "to", kz.rudny.cabinet.web.support.Texts.validation("activity.period"));
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
            rows = List.of();
            return;
        }
        rows = activities.between(from, to, kind, level);
    }

    public ActivityKind[] getKinds() {
        return ActivityKind.values();
    }

    public ActivityLevel[] getLevels() {
        return ActivityLevel.values();
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public void setKind(ActivityKind kind) {
        this.kind = kind;
    }

    public ActivityLevel getLevel() {
        return level;
    }

    public void setLevel(ActivityLevel level) {
        this.level = level;
    }

    public List<ActivityView> getRows() {
        return rows;
    }

    public boolean isCanCreate() {
        return canCreate;
    }
}
