package kz.rudny.cabinet.events.meetings.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A meeting as the head plans it: the association, the day and times (school time), the place (a room of the school,
 * booked by itself, or a place in words), and the agenda.
 */
public class MeetingForm implements Serializable {

    @NotNull(message = "{field.required}")
    private Long associationId;

    @NotNull(message = "{field.required}")
    private LocalDate date;

    @NotNull(message = "{field.required}")
    private LocalTime start;

    @NotNull(message = "{field.required}")
    private LocalTime end;

    /** A room of the school, booked for the meeting; or null. */
    private Long roomId;

    @Size(max = 200, message = "{field.tooLong}")
    private String place;

    /** Why a planned meeting moves to another month: the annual plan shows the move with it. */
    @Size(max = 500, message = "{field.tooLong}")
    private String moveReason;

    @Valid
    @Size(max = 30, message = "{meeting.agendaTooLong}")
    private List<AgendaItemForm> agenda = new ArrayList<>();

    private Long openedVersion;

    public Long getAssociationId() {
        return associationId;
    }

    public void setAssociationId(Long associationId) {
        this.associationId = associationId;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getStart() {
        return start;
    }

    public void setStart(LocalTime start) {
        this.start = start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public void setEnd(LocalTime end) {
        this.end = end;
    }

    public Long getRoomId() {
        return roomId;
    }

    public void setRoomId(Long roomId) {
        this.roomId = roomId;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place == null || place.isBlank() ? null : place.strip();
    }

    public String getMoveReason() {
        return moveReason;
    }

    public void setMoveReason(String moveReason) {
        this.moveReason = moveReason == null || moveReason.isBlank() ? null : moveReason.strip();
    }

    public List<AgendaItemForm> getAgenda() {
        return agenda;
    }

    public void setAgenda(List<AgendaItemForm> agenda) {
        this.agenda = agenda == null ? new ArrayList<>() : agenda;
    }

    public Long getOpenedVersion() {
        return openedVersion;
    }

    public void openedAt(long version) {
        this.openedVersion = version;
    }
}
