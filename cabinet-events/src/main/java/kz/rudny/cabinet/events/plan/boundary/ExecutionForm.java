package kz.rudny.cabinet.events.plan.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The mark of execution as typed: held (the date it was held), moved (the new term code and the reason),
 * cancelled (the reason), or planned again (the mark cleared). Carries the item's version it was opened at.
 */
public class ExecutionForm implements Serializable {

    @NotNull(message = "{field.required}")
    private ExecutionMark mark;

    private LocalDate heldOn;

    @Size(max = 7, message = "{field.tooLong}")
    private String newTerm;

    @Size(max = 500, message = "{field.tooLong}")
    private String reason;

    private long openedVersion;

    public ExecutionMark getMark() {
        return mark;
    }

    public void setMark(ExecutionMark mark) {
        this.mark = mark;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getNewTerm() {
        return newTerm;
    }

    public void setNewTerm(String newTerm) {
        this.newTerm = newTerm == null || newTerm.isBlank() ? null : newTerm.strip();
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    public long getOpenedVersion() {
        return openedVersion;
    }

    public void openedAt(long version) {
        this.openedVersion = version;
    }
}
