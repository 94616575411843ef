package kz.rudny.cabinet.events.activities.boundary;

import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A presenter: a staff member of the organising school, or a guest written by name. */
public class PresenterForm implements Serializable {

    private Long staffId;

    @Size(max = 200, message = "{field.tooLong}")
    private String guestName;

    public PresenterForm() {
    }

    public PresenterForm(Long staffId, String guestName) {
        this.staffId = staffId;
        setGuestName(guestName);
    }

    public Long getStaffId() {
        return staffId;
    }

    public void setStaffId(Long staffId) {
        this.staffId = staffId;
    }

    public String getGuestName() {
        return guestName;
    }

    public void setGuestName(String guestName) {
        this.guestName = guestName == null || guestName.isBlank() ? null : guestName.strip();
    }
}
