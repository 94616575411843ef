package kz.rudny.cabinet.events.meetings.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The minutes as typed: chair and secretary (members), guests, each member's attendance, for each agenda item what
 * was heard, who spoke and what was decided, and the numbered decisions with owner and deadline.
 */
public class MinutesForm implements Serializable {

    private Long chairStaffId;

    private Long secretaryStaffId;

    @Size(max = 1000, message = "{field.tooLong}")
    private String guests;

    @Valid
    private List<AttendanceRow> attendance = new ArrayList<>();

    @Valid
    private List<ItemRecord> items = new ArrayList<>();

    @Valid
    @Size(max = 50, message = "{minutes.tooManyDecisions}")
    private List<DecisionRow> decisions = new ArrayList<>();

    private Long openedVersion;

    /** A member's attendance. */
    public static class AttendanceRow implements Serializable {
        private long staffId;
        private String name;
        @NotNull(message = "{field.required}")
        private Presence presence = Presence.PRESENT;
        @Size(max = 300, message = "{field.tooLong}")
        private String reason;

        public AttendanceRow() {
        }

        public AttendanceRow(long staffId, String name, Presence presence, String reason) {
            this.staffId = staffId;
            this.name = name;
            this.presence = presence;
            setReason(reason);
        }

        public long getStaffId() {
            return staffId;
        }

        public void setStaffId(long staffId) {
            this.staffId = staffId;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Presence getPresence() {
            return presence;
        }

        public void setPresence(Presence presence) {
            this.presence = presence;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason == null || reason.isBlank() ? null : reason.strip();
        }
    }

    /** An agenda item's three parts of the minutes. */
    public static class ItemRecord implements Serializable {
        private long agendaItemId;
        private String topic;
        @Size(max = 4000, message = "{field.tooLong}")
        private String heard;
        @Size(max = 4000, message = "{field.tooLong}")
        private String spoke;
        @Size(max = 4000, message = "{field.tooLong}")
        private String decided;

        public ItemRecord() {
        }

        public ItemRecord(long agendaItemId, String topic, String heard, String spoke, String decided) {
            this.agendaItemId = agendaItemId;
            this.topic = topic;
            this.heard = heard;
            this.spoke = spoke;
            this.decided = decided;
        }

        public long getAgendaItemId() {
            return agendaItemId;
        }

        public void setAgendaItemId(long agendaItemId) {
            this.agendaItemId = agendaItemId;
        }

        public String getTopic() {
            return topic;
        }

        public void setTopic(String topic) {
            this.topic = topic;
        }

        public String getHeard() {
            return heard;
        }

        public void setHeard(String heard) {
            this.heard = strip(heard);
        }

        public String getSpoke() {
            return spoke;
        }

        public void setSpoke(String spoke) {
            this.spoke = strip(spoke);
        }

        public String getDecided() {
            return decided;
        }

        public void setDecided(String decided) {
            this.decided = strip(decided);
        }
    }

    /** A decision: what, who answers for it, by when. */
    public static class DecisionRow implements Serializable {
        @NotBlank(message = "{field.required}")
        @Size(max = 2000, message = "{field.tooLong}")
        private String text;
        @NotNull(message = "{field.required}")
        private Long ownerStaffId;
        @NotNull(message = "{field.required}")
        private LocalDate dueOn;

        public DecisionRow() {
        }

        public DecisionRow(String text, Long ownerStaffId, LocalDate dueOn) {
            setText(text);
            this.ownerStaffId = ownerStaffId;
            this.dueOn = dueOn;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = strip(text);
        }

        public Long getOwnerStaffId() {
            return ownerStaffId;
        }

        public void setOwnerStaffId(Long ownerStaffId) {
            this.ownerStaffId = ownerStaffId;
        }

        public LocalDate getDueOn() {
            return dueOn;
        }

        public void setDueOn(LocalDate dueOn) {
            this.dueOn = dueOn;
        }
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getChairStaffId() {
        return chairStaffId;
    }

    public void setChairStaffId(Long chairStaffId) {
        this.chairStaffId = chairStaffId;
    }

    public Long getSecretaryStaffId() {
        return secretaryStaffId;
    }

    public void setSecretaryStaffId(Long secretaryStaffId) {
        this.secretaryStaffId = secretaryStaffId;
    }

    public String getGuests() {
        return guests;
    }

    public void setGuests(String guests) {
        this.guests = strip(guests);
    }

    public List<AttendanceRow> getAttendance() {
        return attendance;
    }

    public void setAttendance(List<AttendanceRow> attendance) {
        this.attendance = attendance;
    }

    public List<ItemRecord> getItems() {
        return items;
    }

    public void setItems(List<ItemRecord> items) {
        this.items = items;
    }

    public List<DecisionRow> getDecisions() {
        return decisions;
    }

    public void setDecisions(List<DecisionRow> decisions) {
        this.decisions = decisions;
    }

    public Long getOpenedVersion() {
        return openedVersion;
    }

    public void openedAt(long version) {
        this.openedVersion = version;
    }
}
