package kz.rudny.cabinet.web.meetings;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import kz.rudny.cabinet.domain.association.boundary.AssociationRoster;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.events.meetings.boundary.HeldAgainstPlanned;
import kz.rudny.cabinet.events.meetings.boundary.MeetingSummary;
import kz.rudny.cabinet.events.meetings.boundary.Meetings;

/** The meetings of an association of one's own (all of them for the methodologist) in an academic year. */
@Named
@ViewScoped
public class MeetingsPage implements Serializable {

    @Inject
    Meetings meetings;

    @Inject
    Settings settings;

    @Inject
    CurrentCaller caller;

    private List<AssociationRoster> associations;
    private Long associationId;
    private int year;
    private List<MeetingSummary> rows;
    private boolean canPlan;
    private List<HeldAgainstPlanned> overview;

    @PostConstruct
    void load() {
        associations = meetings.associationsOfMine();
        year = AcademicYear.of(LocalDate.now(settings.timeZone())).startYear();
        associationId = associations.isEmpty() ? null : associations.get(0).id();
        show();
    }

    /** Reads the chosen association's meetings of the chosen year again. */
    public void show() {
        rows = associationId == null ? List.of() : meetings.ofAssociation(associationId, new AcademicYear(year));
        canPlan = associationId != null && meetings.canPlan(associationId);
        overview = caller.has(Role.SCHOOL_METHODOLOGIST) ? meetings.heldAgainstPlanned(new AcademicYear(year)) : List.of();
    }

    public List<Integer> getYears() {
        int current = AcademicYear.of(LocalDate.now(settings.timeZone())).startYear();
        return List.of(current + 1, current, current - 1, current - 2);
    }

    public List<AssociationRoster> getAssociations() {
        return associations;
    }

    public Long getAssociationId() {
        return associationId;
    }

    public void setAssociationId(Long associationId) {
        this.associationId = associationId;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public List<MeetingSummary> getRows() {
        return rows;
    }

    public boolean isCanPlan() {
        return canPlan;
    }

    public List<HeldAgainstPlanned> getOverview() {
        return overview;
    }
}
