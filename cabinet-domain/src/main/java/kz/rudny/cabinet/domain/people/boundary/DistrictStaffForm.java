package kz.rudny.cabinet.domain.people.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.rudny.cabinet.domain.security.Role;

/** What the district administrator types to create an account of the district's staff. */
public class DistrictStaffForm implements Serializable {

    @NotBlank(message = "{field.required}")
    @Size(max = 200, message = "{field.tooLong}")
    private String fullName;

    @NotBlank(message = "{field.required}")
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,59}", message = "{username.pattern}")
    private String username;

    private List<Role> roles = new ArrayList<>(List.of(Role.DISTRICT_METHODOLOGIST));

    /** The interface language; none: the cabinet's configured default. */
    private Language language;

    /** The first password, which the person changes; left empty, one is generated and shown once. */
    @Size(max = 128, message = "{field.tooLong}")
    private String initialPassword;

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName == null ? null : fullName.strip();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.strip().toLowerCase(Locale.ROOT);
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
}
