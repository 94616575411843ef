package kz.rudny.cabinet.events.activities.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * An event as its organiser describes it: kind, level, audience, a title in Kazakh and/or Russian, what it is
 * about, when (school time), where (a room of the school, booked by itself; an address; or an online link), who
 * presents, how many places and when registration opens and closes.
 */
public class ActivityForm implements Serializable {

    @NotNull(message = "{field.required}")
    private ActivityKind kind;

    @NotNull(message = "{field.required}")
    private ActivityLevel level;

    @NotNull(message = "{field.required}")
    private Audience audience;

    @Size(max = 300, message = "{field.tooLong}")
    private String titleKk;

    @Size(max = 300, message = "{field.tooLong}")
    private String titleRu;

    @Size(max = 4000, message = "{field.tooLong}")
    private String description;

    @NotNull(message = "{field.required}")
    private LocalDateTime startsAt;

    @NotNull(message = "{field.required}")
    private LocalDateTime endsAt;

    /** A room of the organising school, booked for the event; or null. */
    private Long roomId;

    @Size(max = 300, message = "{field.tooLong}")
    private String place;

    @Size(max = 500, message = "{field.tooLong}")
    private String onlineLink;

    @NotNull(message = "{field.required}")
    @Min(value = 1, message = "{activity.capacityRange}")
    @Max(value = 2000, message = "{activity.capacityRange}")
    private Integer capacity;

    @NotNull(message = "{field.required}")
    private LocalDateTime registrationOpensAt;

    @NotNull(message = "{field.required}")
    private LocalDateTime registrationClosesAt;

    @Valid
    @Size(max = 20, message = "{activity.tooManyPresenters}")
    private List<PresenterForm> presenters = new ArrayList<>();

    private Long openedVersion;

    private static String cleaned(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public ActivityKind getKind() {
        return kind;
    }

    public void setKind(ActivityKind kind) {
        this.kind = kind;
    }

    public ActivityLevel getLevel() {
        return level;
    }

    public void setLevel(ActivityLevel level) {
        this.level = level;
    }

    public Audience getAudience() {
        return audience;
    }

    public void setAudience(Audience audience) {
        this.audience = audience;
    }

    public String getTitleKk() {
        return titleKk;
    }

    public void setTitleKk(String titleKk) {
        this.titleKk = cleaned(titleKk);
    }

    public String getTitleRu() {
        return titleRu;
    }

    public void setTitleRu(String titleRu) {
        this.titleRu = cleaned(titleRu);
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = cleaned(description);
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
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
        this.place = cleaned(place);
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public void setOnlineLink(String onlineLink) {
        this.onlineLink = cleaned(onlineLink);
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public LocalDateTime getRegistrationOpensAt() {
        return registrationOpensAt;
    }

    public void setRegistrationOpensAt(LocalDateTime registrationOpensAt) {
        this.registrationOpensAt = registrationOpensAt;
    }

    public LocalDateTime getRegistrationClosesAt() {
        return registrationClosesAt;
    }

    public void setRegistrationClosesAt(LocalDateTime registrationClosesAt) {
        this.registrationClosesAt = registrationClosesAt;
    }

    public List<PresenterForm> getPresenters() {
        return presenters;
    }

    public void setPresenters(List<PresenterForm> presenters) {
        this.presenters = presenters == null ? new ArrayList<>() : presenters;
    }

    public Long getOpenedVersion() {
        return openedVersion;
    }

    public void openedAt(long version) {
        this.openedVersion = version;
    }
}
