package kz.rudny.cabinet.events.meetings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.rudny.cabinet.domain.people.boundary.TeacherWorkSource;
import kz.rudny.cabinet.domain.people.boundary.WorkItem;
import kz.rudny.cabinet.domain.people.boundary.WorkKind;
import kz.rudny.cabinet.events.meetings.boundary.MeetingStatus;

/**
 * What the association meetings recorded of a teacher's work: the held meetings where they were the speaker of an
 * agenda item (a talk), once a meeting, titled by the first such item and the association. Read through the school's
 * tenant filter ({@link MeetingRecords#data()}).
 */
@ApplicationScoped
public class MeetingsInTeacherWork implements TeacherWorkSource {

    @Inject
    MeetingRecords records;

    @Override
    public List<WorkItem> itemsOf(long staffId, long accountId, LocalDate from, LocalDate to) {
        Map<Long, WorkItem> talks = new LinkedHashMap<>();
        records.data().createQuery("SELECT m.id, i.topic, m.associationName, m.startsAt FROM AgendaItem i JOIN i.meeting m"
                        + " WHERE i.speakerStaffId = :staff AND m.status = :held AND m.startsAt >= :start"
                        + " AND m.startsAt < :end ORDER BY m.startsAt, i.position", Object[].class)
                .setParameter("staff", staffId).setParameter("held", MeetingStatus.HELD)
                .setParameter("start", from.atStartOfDay()).setParameter("end", to.plusDays(1).atStartOfDay())
                .getResultStream().forEach(row -> {
                    String title = row[1] + " (" + row[2] + ")";
                    talks.putIfAbsent((Long) row[0], new WorkItem(WorkKind.MEETING_TALK, (Long) row[0], title, title,
                            ((LocalDateTime) row[3]).toLocalDate()));
                });
        return List.copyOf(talks.values());
    }
}
