package kz.rudny.cabinet.domain.people.boundary;

import java.util.List;
import kz.rudny.cabinet.domain.figures.boundary.SchoolFiguresChanged;

/**
 * Staff records were added, changed, switched off or on (a fact for the district's figures: categories, young
 * specialists, education, experience and age): one record, or every record of an import at once.
 */
public record StaffRecordChanged(long schoolId, List<Long> staffIds) implements SchoolFiguresChanged {

    public StaffRecordChanged {
        staffIds = List.copyOf(staffIds);
    }

    public StaffRecordChanged(long schoolId, long staffId) {
        this(schoolId, List.of(staffId));
    }
}
