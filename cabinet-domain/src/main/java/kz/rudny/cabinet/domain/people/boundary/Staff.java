package kz.rudny.cabinet.domain.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kz.rudny.cabinet.domain.audit.boundary.AuditTrail;
import kz.rudny.cabinet.domain.audit.boundary.Changes;
import kz.rudny.cabinet.domain.audit.boundary.DomainAction;
import kz.rudny.cabinet.domain.audit.boundary.DomainField;
import kz.rudny.cabinet.domain.errors.ChangedSinceOpenedException;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.figures.boundary.SchoolFiguresChanged;
import kz.rudny.cabinet.domain.paging.Filters;
import kz.rudny.cabinet.domain.paging.Page;
import kz.rudny.cabinet.domain.paging.PageRequest;
import kz.rudny.cabinet.domain.paging.SortKeys;
import kz.rudny.cabinet.domain.people.control.Accounts;
import kz.rudny.cabinet.domain.people.control.StaffRecords;
import kz.rudny.cabinet.domain.people.entity.Account;
import kz.rudny.cabinet.domain.people.entity.StaffMember;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.PasswordHashing;
import kz.rudny.cabinet.domain.security.PasswordPolicy;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.domain.subject.entity.Subject;
import kz.rudny.cabinet.domain.tenancy.Tenancy;

/** The school methodologist manages the school's staff accounts. */
@ApplicationScoped
@Allowed(Role.SCHOOL_METHODOLOGIST)
@Transactional
public class Staff {

    public static final String RECORD = "StaffMember";
    private static final SortKeys SORT = new SortKeys(Map.of(
            "fullName", "m.account.fullName", "username", "m.account.username", "jobTitle", "m.jobTitle"),
            "m.account.fullName, m.id");

    @Inject
    Tenancy tenancy;

    @Inject
    Event<SchoolFiguresChanged> facts;

    @Inject
    StaffRecords records;

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCaller caller;

    @Inject
    Event<StaffDeactivated> deactivated;

    /** A page of the school's staff; the filter matches name, username or job title. */
    @Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
    public Page<StaffMemberView> page(@NotNull PageRequest request, @NotNull Language language) {
        EntityManager em = tenancy.schoolData();
        String where = request.filter() == null ? ""
                : " WHERE LOWER(m.account.fullName) LIKE :f ESCAPE '\\' OR LOWER(m.account.username) LIKE :f ESCAPE '\\'"
                + " OR LOWER(m.jobTitle) LIKE :f ESCAPE '\\'";
        TypedQuery<StaffMember> query = em.createQuery("SELECT m FROM StaffMember m" + where + SORT.orderBy(request),
                StaffMember.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(m) FROM StaffMember m" + where, Long.class);
        if (request.filter() != null) {
            query.setParameter("f", Filters.containsPattern(request.filter()));
            count.setParameter("f", Filters.containsPattern(request.filter()));
        }
        return new Page<>(query.setFirstResult(request.first()).setMaxResults(request.size()).getResultStream()
                .map(m -> StaffRecords.view(m, language)).toList(), count.getSingleResult());
    }

    /** Which of the given staff members of the caller's school passed the Cambridge-programme level courses. */
    @Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
    public Set<Long> withCambridgeCourses(@NotNull Collection<Long> staffIds) {
        if (staffIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(tenancy.schoolData().createQuery("SELECT m.id FROM StaffMember m "
                + "WHERE (m.cambridgeCourses = TRUE OR m.cambridgeConfirmed = TRUE) AND m.id IN :ids", Long.class)
                .setParameter("ids", staffIds).getResultList());
    }

    /**
     * A colleague of the caller's school as other modules record a person (a responsible person, an owner);
     * another school's id is not found, exactly like a missing one.
     */
    @Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
    public StaffCard colleague(long staffId) {
        return card(records.find(staffId));
    }

    /** The account of a colleague of the caller's school (to register them for something, to tell them). */
    @Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
    public long accountOf(long staffId) {
        return records.find(staffId).getAccount().getId();
    }

    /** The active colleagues of the caller's school by name, for choosing a person in a form. */
    @Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
    public List<StaffCard> colleagues() {
        return tenancy.schoolData().createQuery("SELECT m FROM StaffMember m WHERE m.account.active = TRUE"
                + " ORDER BY m.account.fullName, m.id", StaffMember.class).getResultStream().map(this::card).toList();
    }

    /**
     * The methodologist confirmed a Cambridge-programme level course of the colleague (the mentoring module's
     * courses): the staff record has the Cambridge mark from now on, whatever the manual mark says.
     */
    public void cambridgeCourseConfirmed(long staffId) {
        records.find(staffId).cambridgeCourseConfirmed();
    }


    private StaffCard card(StaffMember m) {
        var school = tenancy.schoolData().find(kz.rudny.cabinet.domain.school.entity.School.class, m.getSchoolId());
        return new StaffCard(m.getId(), m.getAccount().getFullName(), m.getJobTitle(), m.getSchoolId(),
                school == null ? "" : school.getName());
    }

    /** One staff member of the caller's school. */
    public StaffMemberView view(long staffId, @NotNull Language language) {
        return StaffRecords.view(records.find(staffId), language);
    }

    /** The form filled with a staff member's current values (no password). */
    public StaffMemberForm form(long staffId) {
        StaffMember m = records.find(staffId);
        Account a = m.getAccount();
        StaffMemberForm form = new StaffMemberForm();
        form.setUsername(a.getUsername());
        form.setFullName(a.getFullName());
        form.setJobTitle(m.getJobTitle());
        form.setTeachingSince(m.getTeachingSince());
        form.setCategory(m.getCategory());
        form.setBirthDate(m.getBirthDate());
        form.setEducation(m.getEducation());
        form.setCambridgeCourses(m.hasCambridgeCoursesBeforeCabinet());
        form.setSubjectIds(m.getSubjects().stream().map(Subject::getId).sorted().toList());
        form.setRoles(a.getRoles().stream().sorted().toList());
        form.setLanguage(a.getLanguage());
        form.openedAt(m.versionWithAccount());
        return form;
    }

    /** Creates an account and its staff record in the caller's school. */
    public long create(@NotNull @Valid StaffMemberForm form) {
        long staffId = createRecord(form);
        facts.fire(new StaffRecordChanged(tenancy.currentSchool().orElseThrow(), staffId));
        return staffId;
    }

    /**
     * Creates staff members (each as {@link #create}) with generated first passwords, returned once: only their
     * hashes are stored, and each person must replace theirs at the first sign-in. One fact for them all (an import
     * of 300 people counts the school's figures once, not 300 times).
     */
    public List<FirstPassword> createWithFirstPasswords(@NotNull List<@NotNull @Valid StaffMemberForm> forms) {
        List<FirstPassword> created = new ArrayList<>();
        for (StaffMemberForm form : forms) {
            String password = PasswordPolicy.temporary();
            while (PasswordPolicy.problem(password, form.getUsername()).isPresent()) {
                password = PasswordPolicy.temporary();
            }
            form.setInitialPassword(password);
            try {
                long staffId = createRecord(form);
                records.find(staffId).getAccount().requirePasswordChange();
                created.add(new FirstPassword(staffId, form.getUsername(), password));
            } finally {
                form.setInitialPassword(null);
            }
        }
        if (!created.isEmpty()) {
            facts.fire(new StaffRecordChanged(tenancy.currentSchool().orElseThrow(),
                    created.stream().map(FirstPassword::staffId).toList()));
        }
        return created;
    }

    private long createRecord(StaffMemberForm form) {
        long schoolId = tenancy.currentSchool().orElseThrow();
        Set<Role> roles = schoolRoles(form);
        checkDates(form);
        Set<Subject> subjects = records.subjects(form.getSubjectIds(), "subjects");
        Account account = accounts.create(form.getUsername(), form.getInitialPassword(), "initialPassword",
                form.getFullName(), schoolId, roles, form.getLanguage());
        StaffMember member = new StaffMember(account);
        member.setJobTitle(form.getJobTitle());
        member.setTeachingSince(form.getTeachingSince());
        member.setCategory(form.getCategory());
        member.setBirthDate(form.getBirthDate());
        member.setEducation(form.getEducation());
        member.setCambridgeCourses(form.isCambridgeCourses());
        member.setSubjects(subjects);
        EntityManager em = tenancy.schoolData();
        em.persist(member);
        em.flush();
        audit.record(DomainAction.STAFF_CREATED, RECORD, member.getId(), Changes.describe()
                .value(DomainField.USERNAME, account.getUsername()).value(DomainField.FULL_NAME, account.getFullName())
                .value(DomainField.JOB_TITLE, member.getJobTitle()).value(DomainField.ROLES, roles));
        return member.getId();
    }

    /** Whether an account anywhere in the district already has this username. */
    public boolean isUsernameTaken(@NotNull String username) {
        return accounts.byUsername(username).isPresent();
    }

    /**
     * Changes name, job title, start of teaching, category, birth date, education, subjects, roles and language. The
     * username stays. Refused when the record changed since the form was opened.
     */
    public void update(long staffId, @NotNull @Valid StaffMemberForm form) {
        StaffMember m = records.find(staffId);
        ChangedSinceOpenedException.check(RECORD, staffId, form.getOpenedVersion(), m.versionWithAccount());
        Account a = m.getAccount();
        Set<Role> roles = schoolRoles(form);
        if (a.getId() == caller.accountId() && !roles.contains(Role.SCHOOL_METHODOLOGIST)) {
            throw new InvalidInputException("roles", "staff.cannotDropOwnMethodologistRole");
        }
        checkDates(form);
        Set<Subject> subjects = records.subjects(form.getSubjectIds(), "subjects");
        Changes changes = Changes.describe()
                .field(DomainField.FULL_NAME, a.getFullName(), form.getFullName())
                .field(DomainField.JOB_TITLE, m.getJobTitle(), form.getJobTitle())
                .field(DomainField.TEACHING_SINCE, m.getTeachingSince(), form.getTeachingSince())
                .field(DomainField.CATEGORY, m.getCategory(), form.getCategory())
                .field(DomainField.BIRTH_DATE, m.getBirthDate(), form.getBirthDate())
                .field(DomainField.EDUCATION, m.getEducation(), form.getEducation())
                .field(DomainField.CAMBRIDGE_COURSES, m.hasCambridgeCoursesBeforeCabinet(), form.isCambridgeCourses())
                .field(DomainField.ROLES, new TreeSet<>(a.getRoles()), new TreeSet<>(roles))
                .subjects(DomainField.SUBJECTS, StaffRecords.ids(m.getSubjects()), StaffRecords.ids(subjects))
                .field(DomainField.LANGUAGE, a.getLanguage(), form.getLanguage());
        a.setFullName(form.getFullName());
        a.setRoles(roles);
        a.setLanguage(form.getLanguage());
        m.setJobTitle(form.getJobTitle());
        m.setTeachingSince(form.getTeachingSince());
        m.setCategory(form.getCategory());
        m.setBirthDate(form.getBirthDate());
        m.setEducation(form.getEducation());
        m.setCambridgeCourses(form.isCambridgeCourses());
        m.setSubjects(subjects);
        if (!changes.isEmpty()) {
            // subjects and roles live in their own tables: the version moves for them too
            tenancy.schoolData().lock(m, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            audit.record(DomainAction.STAFF_UPDATED, RECORD, m.getId(), changes);
            facts.fire(new StaffRecordChanged(tenancy.currentSchool().orElseThrow(), m.getId()));
        }
    }

    /** The person can no longer sign in; their records stay. */
    public void deactivate(long staffId) {
        StaffMember m = records.find(staffId);
        if (m.getAccount().getId() == caller.accountId()) {
            throw new InvalidInputException("active", "staff.cannotDeactivateSelf");
        }
        if (m.getAccount().isActive()) {
            m.getAccount().setActive(false);
            audit.record(DomainAction.STAFF_DEACTIVATED, RECORD, m.getId(), username(m));
            deactivated.fire(new StaffDeactivated(m.getId()));
            facts.fire(new StaffRecordChanged(tenancy.currentSchool().orElseThrow(), m.getId()));
        }
    }

    public void activate(long staffId) {
        StaffMember m = records.find(staffId);
        if (!m.getAccount().isActive()) {
            m.getAccount().setActive(true);
            audit.record(DomainAction.STAFF_ACTIVATED, RECORD, m.getId(), username(m));
            facts.fire(new StaffRecordChanged(tenancy.currentSchool().orElseThrow(), m.getId()));
        }
    }

    /** Sets a new random password and returns it once, to be handed to the person. */
    public String resetPassword(long staffId) {
        StaffMember m = records.find(staffId);
        String temporary = PasswordPolicy.temporary();
        m.getAccount().changePassword(PasswordHashing.hash(temporary.toCharArray()),
                LocalDateTime.now(ZoneOffset.UTC));
        audit.record(DomainAction.PASSWORD_RESET, RECORD, m.getId(), username(m));
        return temporary;
    }

    private static void checkDates(StaffMemberForm form) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        StaffMemberForm.teachingSinceProblem(form.getTeachingSince(), today).ifPresent(key -> {
            throw new InvalidInputException("teachingSince", key);
        });
        StaffMemberForm.birthDateProblem(form.getBirthDate(), today).ifPresent(key -> {
            throw new InvalidInputException("birthDate", key);
        });
    }

    private static Set<Role> schoolRoles(StaffMemberForm form) {
        Set<Role> roles = form.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(form.getRoles());
        if (roles.isEmpty()) {
            throw new InvalidInputException("roles", "staff.roles.required");
        }
        if (!Role.schoolRoles().containsAll(roles)) {
            throw new InvalidInputException("roles", "staff.roles.notSchoolRole");
        }
        return roles;
    }

    private static Changes username(StaffMember m) {
        return Changes.describe().value(DomainField.USERNAME, m.getAccount().getUsername());
    }

}
