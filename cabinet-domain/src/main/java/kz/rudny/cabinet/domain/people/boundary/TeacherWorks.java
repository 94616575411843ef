package kz.rudny.cabinet.domain.people.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kz.rudny.cabinet.domain.tenancy.Tenancy;

/**
 * One teacher's work in a period as every module recorded it (each {@link TeacherWorkSource}). For the features that
 * show a person's work to those already allowed to see that person (the mentor's report is checked by its pair's
 * access first; a teacher links their own work): hence {@link PermitAll}, like {@link TeachingRecords}. Only the
 * current school's records are read; with no school (a district person) there is nothing.
 */
@ApplicationScoped
@PermitAll
@Transactional
public class TeacherWorks {

    private static final Comparator<WorkItem> NEWEST_FIRST = Comparator.comparing(WorkItem::day).reversed()
            .thenComparing(WorkItem::kind).thenComparing(WorkItem::ref);

    @Inject
    @Any
    Instance<TeacherWorkSource> sources;

    @Inject
    Tenancy tenancy;

    /** The staff member's work between the two days (both included), newest first. */
    public List<WorkItem> items(long staffId, long accountId, @NotNull LocalDate from, @NotNull LocalDate to) {
        if (tenancy.currentSchool().isEmpty() || to.isBefore(from)) {
            return List.of();
        }
        List<WorkItem> items = new ArrayList<>();
        for (TeacherWorkSource source : sources) {
            items.addAll(source.itemsOf(staffId, accountId, from, to));
        }
        items.sort(NEWEST_FIRST);
        return items;
    }

    /** The same, counted by kind. */
    public TeacherWork of(long staffId, long accountId, @NotNull LocalDate from, @NotNull LocalDate to) {
        return TeacherWork.of(items(staffId, accountId, from, to));
    }

    /** The item of that place and id among these, if it is one of them. */
    public static Optional<WorkItem> find(List<WorkItem> items, WorkLink link, long ref) {
        return items.stream().filter(i -> i.kind().link() == link && i.ref() == ref).findFirst();
    }
}
