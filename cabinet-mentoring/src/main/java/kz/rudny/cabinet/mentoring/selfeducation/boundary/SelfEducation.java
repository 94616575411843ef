package kz.rudny.cabinet.mentoring.selfeducation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kz.rudny.cabinet.domain.association.boundary.AssociationRoster;
import kz.rudny.cabinet.domain.association.boundary.Associations;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.errors.ChangedSinceOpenedException;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.people.boundary.Profile;
import kz.rudny.cabinet.domain.people.boundary.StaffCard;
import kz.rudny.cabinet.domain.people.boundary.TeacherWorks;
import kz.rudny.cabinet.domain.people.boundary.WorkItem;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.mentoring.selfeducation.control.TopicRecords;
import kz.rudny.cabinet.mentoring.selfeducation.entity.Outcome;
import kz.rudny.cabinet.mentoring.selfeducation.entity.SelfTopic;

/**
 * Self-education: each teacher keeps a topic (in Kazakh or Russian) for one to several academic years, plans its four
 * stages (preparatory, diagnostic, practical, generalisation of experience), marks each completed, and records the
 * outcomes that show it (a talk, an open lesson, a master class, a publication), naming the meeting, event or
 * material when it is in the cabinet (one of the teacher's own, as the cabinet recorded it since the topic began). The head of an association and the school methodologist see the association's
 * topics and their progress; other teachers see none. Refusals name the field and change nothing.
 */
@ApplicationScoped
@Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
@Transactional
public class SelfEducation {

    public static final int MAX_TITLE = 500;
    public static final int MAX_NOTE = 1000;
    /** The longest a topic runs, in academic years. */
    public static final int MAX_YEARS = 5;

    @Inject
    TopicRecords records;

    @Inject
    Associations associations;

    @Inject
    Profile profile;

    @Inject
    CurrentCaller caller;

    @Inject
    Settings settings;

    @Inject
    TeacherWorks works;

    /** The caller's topics, the latest first. */
    public List<TopicView> mine() {
        StaffCard me = me();
        return records.ofStaff(Set.of(me.staffId())).stream().map(t -> records.view(t, me.staffId())).toList();
    }

    /** Starts a topic for academic years (the first from last year on, at most five in all); answers its id. */
    public long start(@NotNull TopicForm form) {
        StaffCard me = me();
        check(form, null);
        SelfTopic t = new SelfTopic(me.staffId(), me.fullName(), LocalDateTime.now(ZoneOffset.UTC));
        t.describe(form.getTitle(), form.getLanguage(), form.getFromYear(), form.getToYear());
        records.data().persist(t);
        records.data().flush();
        return t.getId();
    }

    /** Changes the topic's title, language and years (a topic begun earlier may keep its first year). */
    public void change(long topicId, long version, @NotNull TopicForm form) {
        SelfTopic t = own(topicId, version);
        check(form, t.getFromYear());
        t.describe(form.getTitle(), form.getLanguage(), form.getFromYear(), form.getToYear());
        records.data().flush();
    }

    /** Plans a stage's term (both days, the end not before the start). */
    public void planStage(long topicId, long version, @NotNull Stage stage, LocalDate from, LocalDate to) {
        SelfTopic t = own(topicId, version);
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (from == null) {
            problems.add(new InvalidInputException.Problem("plannedFrom", "field.required"));
        }
        if (to == null) {
            problems.add(new InvalidInputException.Problem("plannedTo", "field.required"));
        } else if (from != null && to.isBefore(from)) {
            problems.add(new InvalidInputException.Problem("plannedTo", "selfEducation.endsBeforeStart"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        t.stage(stage).plan(from, to);
        records.data().flush();
    }

    /**
     * Marks a stage completed on a day (not in the future; the stages before it completed first) with a note, or
     * (no day) not completed again.
     */
    public void completeStage(long topicId, long version, @NotNull Stage stage, LocalDate on, String note) {
        SelfTopic t = own(topicId, version);
        String text = note == null || note.isBlank() ? null : note.strip();
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (on != null && on.isAfter(today())) {
            problems.add(new InvalidInputException.Problem("doneOn", "attestation.inFuture"));
        }
        if (on != null && stage.ordinal() > 0 && t.stage(Stage.values()[stage.ordinal() - 1]).getDoneOn() == null) {
            problems.add(new InvalidInputException.Problem("doneOn", "selfEducation.previousStageOpen"));
        }
        if (text != null && text.length() > MAX_NOTE) {
            problems.add(new InvalidInputException.Problem("note", "mentoring.tooLong", MAX_NOTE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        t.stage(stage).done(on, text);
        records.data().flush();
    }

    /** Records an outcome of a stage; answers its id. */
    public long addOutcome(long topicId, long version, @NotNull OutcomeForm form) {
        SelfTopic t = own(topicId, version);
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (form.getStage() == null) {
            problems.add(new InvalidInputException.Problem("stage", "field.required"));
        }
        if (form.getKind() == null) {
            problems.add(new InvalidInputException.Problem("kind", "field.required"));
        }
        if (form.getTitle() == null) {
            problems.add(new InvalidInputException.Problem("title", "field.required"));
        } else if (form.getTitle().length() > MAX_TITLE) {
            problems.add(new InvalidInputException.Problem("title", "mentoring.tooLong", MAX_TITLE));
        }
        if (form.getHeldOn() == null) {
            problems.add(new InvalidInputException.Problem("heldOn", "field.required"));
        } else if (form.getHeldOn().isAfter(today())) {
            problems.add(new InvalidInputException.Problem("heldOn", "attestation.inFuture"));
        }
        if (form.getLinkKind() != null && form.getLinkRef() == null) {
            problems.add(new InvalidInputException.Problem("linkRef", "field.required"));
        } else if (form.getLinkKind() != null && linkChoices(t, form.getLinkKind()).stream()
                .noneMatch(i -> i.ref() == form.getLinkRef())) {
            problems.add(new InvalidInputException.Problem("linkRef", "selfEducation.linkUnknown"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean linked = form.getLinkKind() != null;
        Outcome o = new Outcome(t.getId(), form.getStage(), form.getKind(), form.getTitle(), form.getHeldOn(),
                linked ? form.getLinkKind() : null, linked ? form.getLinkRef() : null);
        records.data().persist(o);
        records.data().flush();
        return o.getId();
    }

    /**
     * What of the caller's work the cabinet recorded that an outcome of their topic may name (meetings where they
     * spoke, events they attended, presented at or gave as an open lesson, their published materials), from the
     * topic's first academic year to today, newest first.
     */
    public List<WorkItem> linkChoices(long topicId, @NotNull OutcomeLink link) {
        SelfTopic t = records.topic(topicId);
        if (t.getStaffId() != me().staffId()) {
            throw new NotFoundException(TopicRecords.TOPIC, topicId);
        }
        return linkChoices(t, link);
    }

    private List<WorkItem> linkChoices(SelfTopic t, OutcomeLink link) {
        return works.items(t.getStaffId(), caller.accountId(), new AcademicYear(t.getFromYear()).firstDay(), today())
                .stream().filter(i -> i.kind().link().name().equals(link.name())).toList();
    }

    /** Removes an outcome of one of the caller's topics. */
    public void removeOutcome(long outcomeId) {
        Outcome o = records.outcome(outcomeId);
        SelfTopic t = records.topic(o.getTopicId());
        if (t.getStaffId() != me().staffId()) {
            throw new NotFoundException(TopicRecords.OUTCOME, outcomeId);
        }
        records.data().remove(o);
        records.data().flush();
    }

    /** One topic: for its teacher, the school methodologist, and the head of an association the teacher is in. */
    public TopicView topic(long topicId) {
        SelfTopic t = records.topic(topicId);
        Long reader = profile.staffCard().map(StaffCard::staffId).orElse(null);
        boolean heads = reader != null && associations.rosters().stream()
                .anyMatch(r -> r.isHead(reader) && r.isMember(t.getStaffId()));
        if ((reader == null || t.getStaffId() != reader) && !caller.has(Role.SCHOOL_METHODOLOGIST) && !heads) {
            throw new NotFoundException(TopicRecords.TOPIC, topicId);
        }
        return records.view(t, reader);
    }

    /** The topics of an association's members with their progress, for its head and the school methodologist. */
    public List<TopicView> ofAssociation(long associationId) {
        AssociationRoster roster = associations.roster(associationId);
        Long reader = profile.staffCard().map(StaffCard::staffId).orElse(null);
        if (!roster.isHead(reader) && !caller.has(Role.SCHOOL_METHODOLOGIST)) {
            throw new NotFoundException("MethodicalAssociation", associationId);
        }
        List<Long> members = new ArrayList<>(roster.members().stream().map(AssociationRoster.Member::staffId).toList());
        if (roster.headId() != null) {
            members.add(roster.headId());
        }
        return records.ofStaff(members).stream().map(t -> records.view(t, reader)).toList();
    }

    private void check(TopicForm form, Integer keptFromYear) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (form.getTitle() == null) {
            problems.add(new InvalidInputException.Problem("title", "field.required"));
        } else if (form.getTitle().length() > MAX_TITLE) {
            problems.add(new InvalidInputException.Problem("title", "mentoring.tooLong", MAX_TITLE));
        }
        if (!"kk".equals(form.getLanguage()) && !"ru".equals(form.getLanguage())) {
            problems.add(new InvalidInputException.Problem("language", "selfEducation.language"));
        }
        int thisYear = AcademicYear.of(today()).startYear();
        if (form.getFromYear() == null) {
            problems.add(new InvalidInputException.Problem("fromYear", "field.required"));
        } else if ((form.getFromYear() < thisYear - 1 || form.getFromYear() > thisYear + 1)
                && !form.getFromYear().equals(keptFromYear)) {
            problems.add(new InvalidInputException.Problem("fromYear", "selfEducation.fromYear"));
        }
        if (form.getToYear() == null) {
            problems.add(new InvalidInputException.Problem("toYear", "field.required"));
        } else if (form.getFromYear() != null && (form.getToYear() < form.getFromYear()
                || form.getToYear() >= form.getFromYear() + MAX_YEARS)) {
            problems.add(new InvalidInputException.Problem("toYear", "selfEducation.years", MAX_YEARS));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private SelfTopic own(long topicId, long version) {
        SelfTopic t = records.topic(topicId);
        if (t.getStaffId() != me().staffId()) {
            throw new NotFoundException(TopicRecords.TOPIC, topicId);
        }
        ChangedSinceOpenedException.check(TopicRecords.TOPIC, topicId, version, t.getVersion());
        return t;
    }

    private StaffCard me() {
        return profile.staffCard().orElseThrow(() -> new InvalidInputException("topic", "mentoring.notStaff"));
    }

    private LocalDate today() {
        return LocalDate.now(settings.timeZone());
    }
}
