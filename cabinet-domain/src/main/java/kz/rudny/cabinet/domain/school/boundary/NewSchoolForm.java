package kz.rudny.cabinet.domain.school.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Locale;

/** A new school and its first school methodologist. */
public class NewSchoolForm implements Serializable {

    @NotBlank(message = "{field.required}")
    @Size(max = 200, message = "{field.tooLong}")
    private String name;

    @NotNull(message = "{field.required}")
    private TeachingLanguage teachingLanguage;

    @NotBlank(message = "{field.required}")
    @Size(max = 200, message = "{field.tooLong}")
    private String methodologistName;

    @NotBlank(message = "{field.required}")
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,59}", message = "{username.pattern}")
    private String username;

    @Size(max = 128, message = "{field.tooLong}")
    private String initialPassword;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public TeachingLanguage getTeachingLanguage() {
        return teachingLanguage;
    }

    public void setTeachingLanguage(TeachingLanguage teachingLanguage) {
        this.teachingLanguage = teachingLanguage;
    }

    public String getMethodologistName() {
        return methodologistName;
    }

    public void setMethodologistName(String methodologistName) {
        this.methodologistName = methodologistName == null ? null : methodologistName.strip();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }

    public String getInitialPassword() {
        return initialPassword;
    }

    public void setInitialPassword(String initialPassword) {
        this.initialPassword = initialPassword;
    }
}
