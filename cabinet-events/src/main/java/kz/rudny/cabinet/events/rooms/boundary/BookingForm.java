package kz.rudny.cabinet.events.rooms.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/** A room booking as typed: the room, the day, from and to (school time), and what for. */
public class BookingForm implements Serializable {

    @NotNull(message = "{field.required}")
    private Long roomId;

    @NotNull(message = "{field.required}")
    private LocalDate date;

    @NotNull(message = "{field.required}")
    private LocalTime start;

    @NotNull(message = "{field.required}")
    private LocalTime end;

    @NotBlank(message = "{field.required}")
    @Size(max = 300, message = "{field.tooLong}")
    private String purpose;

    public Long getRoomId() {
        return roomId;
    }

    public void setRoomId(Long roomId) {
        this.roomId = roomId;
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

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose == null ? null : purpose.strip();
    }
}
