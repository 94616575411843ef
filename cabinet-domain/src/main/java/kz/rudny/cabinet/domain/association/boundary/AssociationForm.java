package kz.rudny.cabinet.domain.association.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** What the school methodologist types for an association. */
public class AssociationForm implements Serializable {

    private long openedVersion;

    @NotBlank(message = "{field.required}")
    @Size(max = 200, message = "{field.tooLong}")
    private String name;

    @Size(max = 1000, message = "{field.tooLong}")
    private String description;

    private Long headId;

    private List<Long> memberIds = new ArrayList<>();

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null || description.isBlank() ? null : description.strip();
    }

    public Long getHeadId() {
        return headId;
    }

    public void setHeadId(Long headId) {
        this.headId = headId;
    }

    public List<Long> getMemberIds() {
        return memberIds;
    }

    public void setMemberIds(List<Long> memberIds) {
        this.memberIds = memberIds == null ? new ArrayList<>() : new ArrayList<>(memberIds);
    }

    /** The version of the record this form was filled from (set by the boundary, never typed). */
    public long getOpenedVersion() {
        return openedVersion;
    }

    void openedAt(long version) {
        this.openedVersion = version;
    }
}
