package kz.rudny.cabinet.events.meetings.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import kz.rudny.cabinet.domain.association.boundary.Memberships;
import kz.rudny.cabinet.domain.audit.boundary.AuditTrail;
import kz.rudny.cabinet.domain.audit.boundary.Changes;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.people.boundary.Profile;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.events.audit.boundary.EventsAction;
import kz.rudny.cabinet.events.audit.boundary.EventsField;
import kz.rudny.cabinet.events.meetings.control.DecisionViews;
import kz.rudny.cabinet.events.meetings.control.MeetingRecords;
import kz.rudny.cabinet.events.meetings.entity.Decision;

/**
 * Decisions of final minutes, tracked until done: each owner sees and closes their own; the head of an association
 * and the school methodologist see what is overdue.
 */
@ApplicationScoped
@Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
@Transactional
public class Decisions {

    public static final String RECORD = "Decision";

    @Inject
    MeetingRecords records;

    @Inject
    Memberships memberships;

    @Inject
    Profile profile;

    @Inject
    CurrentCaller caller;

    @Inject
    Settings settings;

    @Inject
    AuditTrail audit;

    /** The caller's open decisions, by deadline. */
    public List<DecisionView> mine() {
        Long me = profile.staffId().orElse(null);
        if (me == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(settings.timeZone());
        return records.data().createQuery("SELECT d FROM Decision d JOIN d.meeting m WHERE d.ownerStaffId = :me"
                        + " AND d.doneAt IS NULL AND m.minutesState = :final ORDER BY d.dueOn, d.id", Decision.class)
                .setParameter("me", me).setParameter("final", MinutesState.FINAL)
                .getResultStream().map(d -> DecisionViews.of(d, today, me)).toList();
    }

    /** The caller's decisions done, newest first (the last fifty). */
    public List<DecisionView> mineDone() {
        Long me = profile.staffId().orElse(null);
        if (me == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(settings.timeZone());
        return records.data().createQuery("SELECT d FROM Decision d WHERE d.ownerStaffId = :me"
                        + " AND d.doneAt IS NOT NULL ORDER BY d.doneAt DESC", Decision.class)
                .setParameter("me", me).setMaxResults(50)
                .getResultStream().map(d -> DecisionViews.of(d, today, me)).toList();
    }

    /**
     * Overdue decisions the caller watches: of every association for the school methodologist, of the associations
     * they head for a head; none for anyone else.
     */
    public List<DecisionView> overdue() {
        Long me = profile.staffId().orElse(null);
        boolean all = caller.has(Role.SCHOOL_METHODOLOGIST);
        List<Long> headed = all || me == null ? List.of() : memberships.headedBy(me);
        if (!all && headed.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(settings.timeZone());
        TypedQuery<Decision> query = records.data().createQuery("SELECT d FROM Decision d JOIN d.meeting m"
                        + " WHERE d.doneAt IS NULL AND m.minutesState = :final AND d.dueOn < :today"
                        + (all ? "" : " AND m.associationId IN :headed") + " ORDER BY d.dueOn, d.id", Decision.class)
                .setParameter("final", MinutesState.FINAL).setParameter("today", today);
        if (!all) {
            query.setParameter("headed", headed);
        }
        return query.getResultStream().map(d -> DecisionViews.of(d, today, me)).toList();
    }

    /** The owner marks their decision done, with a note of what was done. */
    public void markDone(long decisionId, String note) {
        Decision d = records.data().find(Decision.class, decisionId);
        Long me = profile.staffId().orElse(null);
        if (d == null || me == null || d.getOwnerStaffId() != me || !d.getMeeting().isFinal()) {
            throw new NotFoundException(RECORD, decisionId);
        }
        String n = note == null ? "" : note.strip();
        if (n.isEmpty()) {
            throw new InvalidInputException("note", "field.required");
        }
        if (n.length() > 1000) {
            throw new InvalidInputException("note", "text.tooLong", 1000);
        }
        if (d.isDone()) {
            throw new InvalidInputException("note", "decision.alreadyDone");
        }
        d.done(n, caller.getFullName(), LocalDateTime.now(ZoneOffset.UTC));
        audit.record(EventsAction.DECISION_DONE, RECORD, decisionId, Changes.describe()
                .value(EventsField.DECISIONS, d.getNumber() + ". " + d.getText()).value(EventsField.NOTE, n));
    }
}
