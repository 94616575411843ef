package kz.rudny.cabinet.web.district;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import kz.rudny.cabinet.domain.school.boundary.SchoolSummary;
import kz.rudny.cabinet.domain.school.boundary.Schools;

/** The district's schools with their staff counts. */
@Named
@ViewScoped
public class SchoolList implements Serializable {

    @Inject
    Schools schools;

    private List<SchoolSummary> rows;

    @PostConstruct
    void load() {
        rows = schools.summaries();
    }

    public List<SchoolSummary> getRows() {
        return rows;
    }

    public long getTotalStaff() {
        return rows.stream().mapToLong(SchoolSummary::staffCount).sum();
    }
}
