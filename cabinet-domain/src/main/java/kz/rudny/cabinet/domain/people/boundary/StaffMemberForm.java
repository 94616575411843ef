package kz.rudny.cabinet.domain.people.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.rudny.cabinet.domain.security.Role;

/** What the school methodologist types to create or change a staff member. */
public class StaffMemberForm implements Serializable {

    private long openedVersion;
    /** Nobody on a school's staff today started teaching before this. */
    public static final LocalDate EARLIEST_TEACHING_SINCE = LocalDate.of(1950, 1, 1);
    /** A person on a school's teaching staff is of age and not past 80 (a plausibility check against typing errors). */
    public static final int YOUNGEST_AGE = 18;
    public static final int OLDEST_AGE = 80;

    @NotBlank(message = "{field.required}")
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,59}", message = "{username.pattern}")
    private String username;

    @NotBlank(message = "{field.required}")
    @Size(max = 200, message = "{field.tooLong}")
    private String fullName;

    @Size(max = 200, message = "{field.tooLong}")
    private String jobTitle;

    /** The day the person started teaching; see {@link #teachingSinceProblem}. */
    private LocalDate teachingSince;

    private QualificationCategory category;

    /** Null when unknown; see {@link #birthDateProblem}. */
    private LocalDate birthDate;

    /** Null when unknown. */
    private EducationLevel education;

    private boolean cambridgeCourses;

    private List<Long> subjectIds = new ArrayList<>();

    private List<Role> roles = new ArrayList<>(List.of(Role.TEACHER));

    private Language language;

    /** Only when creating: the first password, which the person changes. */
    @Size(max = 128, message = "{field.tooLong}")
    private String initialPassword;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName == null ? null : fullName.strip();
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle == null || jobTitle.isBlank() ? null : jobTitle.strip();
    }

    public LocalDate getTeachingSince() {
        return teachingSince;
    }

    public void setTeachingSince(LocalDate teachingSince) {
        this.teachingSince = teachingSince;
    }

    public QualificationCategory getCategory() {
        return category;
    }

    public void setCategory(QualificationCategory category) {
        this.category = category;
    }

    /**
     * What is wrong with a start of teaching, if anything: before {@link #EARLIEST_TEACHING_SINCE}, or more than
     * a year ahead (a newcomer hired for next September may be entered in advance).
     */
    public static Optional<String> teachingSinceProblem(LocalDate teachingSince, LocalDate today) {
        if (teachingSince != null && (teachingSince.isBefore(EARLIEST_TEACHING_SINCE)
                || teachingSince.isAfter(today.plusYears(1)))) {
            return Optional.of("teachingSince.range");
        }
        return Optional.empty();
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public EducationLevel getEducation() {
        return education;
    }

    public void setEducation(EducationLevel education) {
        this.education = education;
    }

    /**
     * What is wrong with a birth date, if anything: the person would not be {@value #YOUNGEST_AGE} to
     * {@value #OLDEST_AGE} years old on the day (full years).
     */
    public static Optional<String> birthDateProblem(LocalDate birthDate, LocalDate today) {
        if (birthDate != null && (birthDate.isAfter(today.minusYears(YOUNGEST_AGE))
                || !birthDate.isAfter(today.minusYears(OLDEST_AGE + 1)))) {
            return Optional.of("birthDate.range");
        }
        return Optional.empty();
    }

    public boolean isCambridgeCourses() {
        return cambridgeCourses;
    }

    public void setCambridgeCourses(boolean cambridgeCourses) {
        this.cambridgeCourses = cambridgeCourses;
    }

    public List<Long> getSubjectIds() {
        return subjectIds;
    }

    public void setSubjectIds(List<Long> subjectIds) {
        this.subjectIds = subjectIds == null ? new ArrayList<>() : new ArrayList<>(subjectIds);
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public String getInitialPassword() {
        return initialPassword;
    }

    public void setInitialPassword(String initialPassword) {
        this.initialPassword = initialPassword;
    }

    /** The version of the record this form was filled from (set by the boundary, never typed). */
    public long getOpenedVersion() {
        return openedVersion;
    }

    void openedAt(long version) {
        this.openedVersion = version;
    }
}
