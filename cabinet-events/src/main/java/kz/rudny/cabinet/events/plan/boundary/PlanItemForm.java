package kz.rudny.cabinet.events.plan.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A plan item as typed: the plan's academic year (its first calendar year), the activity, its kind, the term
 * code ({@link PlanTerm#code()}), the responsible staff member, the form of the result. An edit carries the
 * version it was opened at.
 */
public class PlanItemForm implements Serializable {

    @NotNull(message = "{field.required}")
    private Integer startYear;

    @NotBlank(message = "{field.required}")
    @Size(max = 500, message = "{field.tooLong}")
    private String title;

    @NotNull(message = "{field.required}")
    private PlanItemKind kind;

    @NotBlank(message = "{field.required}")
    @Size(max = 7, message = "{field.tooLong}")
    private String term;

    @NotNull(message = "{field.required}")
    private Long responsibleStaffId;

    @Size(max = 500, message = "{field.tooLong}")
    private String expectedResult;

    private long openedVersion;

    public Integer getStartYear() {
        return startYear;
    }

    public void setStartYear(Integer startYear) {
        this.startYear = startYear;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? null : title.strip();
    }

    public PlanItemKind getKind() {
        return kind;
    }

    public void setKind(PlanItemKind kind) {
        this.kind = kind;
    }

    public String getTerm() {
        return term;
    }

    public void setTerm(String term) {
        this.term = term == null ? null : term.strip();
    }

    public Long getResponsibleStaffId() {
        return responsibleStaffId;
    }

    public void setResponsibleStaffId(Long responsibleStaffId) {
        this.responsibleStaffId = responsibleStaffId;
    }

    public String getExpectedResult() {
        return expectedResult;
    }

    public void setExpectedResult(String expectedResult) {
        this.expectedResult = expectedResult == null || expectedResult.isBlank() ? null : expectedResult.strip();
    }

    public long getOpenedVersion() {
        return openedVersion;
    }

    public void openedAt(long version) {
        this.openedVersion = version;
    }
}
