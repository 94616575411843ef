package kz.rudny.cabinet.mentoring.attestation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.rudny.cabinet.domain.calendar.PaperDates;
import kz.rudny.cabinet.domain.notifications.boundary.Notice;
import kz.rudny.cabinet.domain.notifications.boundary.Notifications;
import kz.rudny.cabinet.domain.people.boundary.TeachingRecord;
import kz.rudny.cabinet.domain.people.boundary.TeachingRecords;
import kz.rudny.cabinet.domain.platform.boundary.SchoolRoutine;
import kz.rudny.cabinet.mentoring.attestation.entity.AttestationRecord;
import kz.rudny.cabinet.mentoring.attestation.entity.AttestationReminder;

/**
 * Reminds of attestation: when a teacher's next attestation is due within a year, within three months, and when it
 * is overdue, the teacher and the school's methodologists are told (notifications), each stage once per due day. At
 * start and every few hours after, school by school through the tenant filter; a reminder sent is a row with a unique
 * key written in the same transaction as the notifications, so a restart never repeats it and of two servers of a
 * cluster only one commits it.
 */
@ApplicationScoped
public class AttestationReminders implements SchoolRoutine {

    @Inject
    AttestationRecords records;

    @Inject
    AttestationSettings rule;

    @Inject
    TeachingRecords teaching;

    @Inject
    Notifications notifications;

    @Override
    public long everyMinutes() {
        return 360;
    }

    @Override
    @Transactional
    public void runForCurrentSchool(LocalDate today) {
        remindCurrentSchool(today);
    }

    /** Reminds at the stage each active teacher is in on the day, once; answers how many teachers were concerned. */
    @Transactional
    public int remindCurrentSchool(LocalDate today) {
        List<TeachingRecord> staff = teaching.onDay(today);
        List<Long> methodologists = staff.stream().filter(r -> r.active() && r.methodologist())
                .map(TeachingRecord::accountId).toList();
        Map<Long, AttestationRecord> all = records.all();
        Set<String> sent = new HashSet<>();
        records.data().createQuery("SELECT r FROM AttestationReminder r", AttestationReminder.class)
                .getResultStream().forEach(r -> sent.add(r.getStaffId() + "/" + r.getDueOn() + "/" + r.getStage()));
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        int told = 0;
        for (TeachingRecord r : staff) {
            AttestationRecord a = all.get(r.card().staffId());
            LocalDate from = a != null && a.getLastAttestedOn() != null ? a.getLastAttestedOn() : r.teachingSince();
            LocalDate due = from == null ? null : from.plusYears(rule.periodYears());
            String stage = stage(due, today);
            if (!r.active() || stage == null || !sent.add(r.card().staffId() + "/" + due + "/" + stage)) {
                continue;
            }
            records.data().persist(new AttestationReminder(r.card().staffId(), due, stage, now));
            String link = "/mentoring/attestation.xhtml";
            String[] keys = switch (stage) {
                case "OVERDUE" -> new String[] {"notice.attestation.you.overdue", "notice.attestation.colleague.overdue"};
                case "THREE_MONTHS" -> new String[] {"notice.attestation.you.threeMonths",
                        "notice.attestation.colleague.threeMonths"};
                default -> new String[] {"notice.attestation.you.year", "notice.attestation.colleague.year"};
            };
            notifications.send(List.of(r.accountId()), Notice.about(keys[0], due.format(PaperDates.DAY))
                    .linkingTo(link));
            List<Long> others = new ArrayList<>(methodologists);
            others.remove(r.accountId());
            notifications.send(others, Notice.about(keys[1], r.card().fullName(), due.format(PaperDates.DAY))
                    .linkingTo("/mentoring/school-attestation.xhtml"));
            told++;
        }
        records.data().flush();
        return told;
    }

    /** The stage on the day: overdue, due within three months, due within a year, or none yet. */
    static String stage(LocalDate due, LocalDate today) {
        if (due == null) {
            return null;
        }
        if (today.isAfter(due)) {
            return "OVERDUE";
        }
        if (!today.isBefore(due.minusMonths(3))) {
            return "THREE_MONTHS";
        }
        return today.isBefore(due.minusYears(1)) ? null : "YEAR";
    }
}
