package kz.rudny.cabinet.domain.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import kz.rudny.cabinet.domain.audit.boundary.AuditTrail;
import kz.rudny.cabinet.domain.audit.boundary.Changes;
import kz.rudny.cabinet.domain.errors.ChangedSinceOpenedException;
import kz.rudny.cabinet.domain.audit.boundary.DomainAction;
import kz.rudny.cabinet.domain.audit.boundary.DomainField;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.people.control.StaffRecords;
import kz.rudny.cabinet.domain.people.entity.Account;
import kz.rudny.cabinet.domain.people.entity.StaffMember;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.school.entity.School;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.PasswordHashing;
import kz.rudny.cabinet.domain.security.PasswordPolicy;
import kz.rudny.cabinet.domain.subject.entity.Subject;

/** Everyone's own profile: name, subjects, language, password. */
@ApplicationScoped
@Allowed
@Transactional
public class Profile {

    @PersistenceContext(unitName = "cabinet")
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    StaffRecords staff;

    @Inject
    AuditTrail audit;

    @Inject
    Settings settings;

    public ProfileForm form() {
        Account a = own();
        ProfileForm form = new ProfileForm();
        form.setFullName(a.getFullName());
        form.setLanguage(languageOf(a, settings.defaultLanguage()));
        form.setEmail(a.getEmail());
        Optional<StaffMember> member = ownStaffRecord();
        member.ifPresent(m -> form.setSubjectIds(m.getSubjects().stream().map(Subject::getId).sorted().toList()));
        form.openedAt(profileVersion(a));
        return form;
    }

    /** The caller's staff record in their school (other modules keep people by this id), if any. */
    public Optional<Long> staffId() {
        return ownStaffRecord().map(StaffMember::getId);
    }

    /** The caller's staff record with name, position and school, if the caller works in a school. */
    public Optional<StaffCard> staffCard() {
        return ownStaffRecord().map(m -> new StaffCard(m.getId(), m.getAccount().getFullName(), m.getJobTitle(),
                m.getSchoolId(), em.find(School.class, m.getSchoolId()).getName()));
    }

    /** The school the caller belongs to, by name, if any. */
    public Optional<String> schoolName() {
        return caller.schoolId().map(id -> em.find(School.class, id)).map(School::getName);
    }

    /** Saves the profile; refused when the account or staff record changed since the form was opened. */
    public void update(@NotNull @Valid ProfileForm form) {
        Account a = own();
        Optional<StaffMember> member = ownStaffRecord();
        ChangedSinceOpenedException.check(Staff.RECORD, a.getId(), form.getOpenedVersion(), profileVersion(a));
        Changes changes = Changes.describe().field(DomainField.FULL_NAME, a.getFullName(), form.getFullName())
                .field(DomainField.LANGUAGE, a.getLanguage(), form.getLanguage())
                .field(DomainField.EMAIL, a.getEmail(), form.getEmail());
        a.setFullName(form.getFullName());
        a.setLanguage(form.getLanguage());
        a.setEmail(form.getEmail());
        if (member.isPresent()) {
            StaffMember m = member.get();
            var subjects = staff.subjects(form.getSubjectIds(), "subjects");
            changes.subjects(DomainField.SUBJECTS, StaffRecords.ids(m.getSubjects()), StaffRecords.ids(subjects));
            m.setSubjects(subjects);
            if (!changes.isEmpty()) {
                em.lock(m, LockModeType.OPTIMISTIC_FORCE_INCREMENT); // subjects live in their own table
                audit.record(DomainAction.PROFILE_UPDATED, Staff.RECORD, m.getId(), changes);
            }
        }
        caller.refresh();
    }

    /** Remembers the interface language the person chose. */
    public void chooseLanguage(@NotNull Language language) {
        Account a = own();
        if (!Objects.equals(a.getLanguage(), language)) {
            a.setLanguage(language);
            caller.refresh();
        }
    }

    /** The language to show this person: their choice, else their school's, else the given default. */
    public Language languageOf(Account a, Language fallback) {
        if (a.getLanguage() != null) {
            return a.getLanguage();
        }
        if (a.getSchoolId() != null) {
            School school = em.find(School.class, a.getSchoolId());
            if (school != null) {
                return school.getTeachingLanguage().defaultLanguage();
            }
        }
        return fallback;
    }

    /** The caller's language, see {@link #languageOf(Account, Language)}. */
    public Language language(Language fallback) {
        return languageOf(own(), fallback);
    }

    public PasswordChanged changePassword(String current, String newPassword, String repeated) {
        Account a = own();
        long before = profileVersion(a);
        if (current == null || !a.passwordMatches(current.toCharArray())) {
            throw new InvalidInputException("currentPassword", "password.currentWrong");
        }
        PasswordPolicy.problem(newPassword, a.getUsername()).ifPresent(key -> {
            throw new InvalidInputException("newPassword", key);
        });
        if (!newPassword.equals(repeated)) {
            throw new InvalidInputException("repeatPassword", "password.repeatDiffers");
        }
        if (a.passwordMatches(newPassword.toCharArray())) {
            throw new InvalidInputException("newPassword", "password.sameAsCurrent");
        }
        a.changeOwnPassword(PasswordHashing.hash(newPassword.toCharArray()), LocalDateTime.now(ZoneOffset.UTC));
        caller.refresh();
        ownStaffRecord().ifPresent(m -> audit.record(DomainAction.PASSWORD_CHANGED, Staff.RECORD, m.getId(),
                Changes.describe().value(DomainField.USERNAME, a.getUsername())));
        em.flush();
        return new PasswordChanged(before, profileVersion(a));
    }

    private long profileVersion(Account a) {
        return ownStaffRecord().map(StaffMember::versionWithAccount).orElse(a.getVersion());
    }

    private Account own() {
        return em.find(Account.class, caller.accountId());
    }

    private Optional<StaffMember> ownStaffRecord() {
        if (!caller.isSchoolPerson()) {
            return Optional.empty();
        }
        return Optional.of(staff.byAccount(caller.accountId()));
    }
}
