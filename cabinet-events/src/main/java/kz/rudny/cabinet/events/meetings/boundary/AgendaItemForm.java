package kz.rudny.cabinet.events.meetings.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** An agenda item as typed: the topic, and the speaker, a member (by staff id) or a guest (by name). */
public class AgendaItemForm implements Serializable {

    @NotBlank(message = "{field.required}")
    @Size(max = 500, message = "{field.tooLong}")
    private String topic;

    private Long speakerStaffId;

    @Size(max = 200, message = "{field.tooLong}")
    private String guestSpeaker;

    public AgendaItemForm() {
    }

    public AgendaItemForm(String topic, Long speakerStaffId, String guestSpeaker) {
        setTopic(topic);
        this.speakerStaffId = speakerStaffId;
        setGuestSpeaker(guestSpeaker);
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic == null ? null : topic.strip();
    }

    public Long getSpeakerStaffId() {
        return speakerStaffId;
    }

    public void setSpeakerStaffId(Long speakerStaffId) {
        this.speakerStaffId = speakerStaffId;
    }

    public String getGuestSpeaker() {
        return guestSpeaker;
    }

    public void setGuestSpeaker(String guestSpeaker) {
        this.guestSpeaker = guestSpeaker == null || guestSpeaker.isBlank() ? null : guestSpeaker.strip();
    }
}
