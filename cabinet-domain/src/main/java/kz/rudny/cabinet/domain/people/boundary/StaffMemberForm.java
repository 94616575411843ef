package kz.rudny.cabinet.domain.people.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import kz.rudny.cabinet.domain.security.Role;

/** What the school methodologist types to create or change a staff member. */
public class StaffMemberForm implements Serializable {

    private long openedVersion;

    @NotBlank(message = "{field.required}")
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,59}", message = "{username.pattern}")
    private String username;

    @NotBlank(message = "{field.required}")
    @Size(max = 200, message = "{field.tooLong}")
    private String fullName;

    @Size(max = 200, message = "{field.tooLong}")
    private String jobTitle;

    @Min(value = 1960, message = "{careerStartYear.range}")
    @Max(value = 2100, message = "{careerStartYear.range}")
    private Integer careerStartYear;

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

    public Integer getCareerStartYear() {
        return careerStartYear;
    }

    public void setCareerStartYear(Integer careerStartYear) {
        this.careerStartYear = careerStartYear;
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
