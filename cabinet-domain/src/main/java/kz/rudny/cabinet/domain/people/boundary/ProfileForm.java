package kz.rudny.cabinet.domain.people.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** What a person may change about themselves. */
public class ProfileForm implements Serializable {

    private long openedVersion;

    @NotBlank(message = "{field.required}")
    @Size(max = 200, message = "{field.tooLong}")
    private String fullName;

    @NotNull(message = "{field.required}")
    private Language language;

    private List<Long> subjectIds = new ArrayList<>();

    /** Where notifications are mailed when the district has a mail server; optional. */
    @Email(message = "{field.email}")
    @Size(max = 254, message = "{field.tooLong}")
    private String email;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName == null ? null : fullName.strip();
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public List<Long> getSubjectIds() {
        return subjectIds;
    }

    public void setSubjectIds(List<Long> subjectIds) {
        this.subjectIds = subjectIds == null ? new ArrayList<>() : new ArrayList<>(subjectIds);
    }

    /** The version of the record this form was filled from (set by the boundary, never typed). */
    public long getOpenedVersion() {
        return openedVersion;
    }

    /** Keeps this form current across its own person's password change, which changes none of its fields. */
    public void follow(PasswordChanged change) {
        if (openedVersion == change.profileVersionBefore()) {
            openedVersion = change.profileVersionAfter();
        }
    }

    void openedAt(long version) {
        this.openedVersion = version;
    }
}
