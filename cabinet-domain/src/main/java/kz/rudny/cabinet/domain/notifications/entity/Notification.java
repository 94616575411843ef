package kz.rudny.cabinet.domain.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * One notice in a person's inbox: a message key with its arguments and a link, rendered in the reader's language
 * when read. District-level on purpose: it belongs to one account (district people have an inbox too), and every
 * query of the inbox is by that account, so a person reaches only their own; {@code SCHOOL_ID} records the
 * recipient's school.
 */
@Entity
@Table(name = "NOTIFICATION")
public class Notification {

    /** Separates the arguments in their one column: a character no form lets a person type. */
    static final String SEPARATOR = "\u001F";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "RECIPIENT_ID", nullable = false, updatable = false)
    private long recipientId;

    @Column(name = "SCHOOL_ID", updatable = false)
    private Long schoolId;

    @Column(name = "MESSAGE_KEY", nullable = false, length = 100, updatable = false)
    private String messageKey;

    @Column(name = "MESSAGE_ARGS", length = 2000, updatable = false)
    private String messageArgs;

    @Column(name = "LINK", length = 500, updatable = false)
    private String link;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "READ_AT")
    private LocalDateTime readAt;

    protected Notification() {
    }

    public Notification(long recipientId, Long schoolId, String messageKey, List<String> args, String link,
                        LocalDateTime createdAt) {
        this.recipientId = recipientId;
        this.schoolId = schoolId;
        this.messageKey = messageKey;
        this.messageArgs = args.isEmpty() ? null : String.join(SEPARATOR, args);
        this.link = link;
        this.createdAt = createdAt;
    }

    /** Marks it read, once: the first reading's time stays. */
    public void markRead(LocalDateTime when) {
        if (readAt == null) {
            readAt = when;
        }
    }

    public Long getId() {
        return id;
    }

    public long getRecipientId() {
        return recipientId;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public List<String> getMessageArgs() {
        return messageArgs == null ? List.of() : Arrays.asList(messageArgs.split(SEPARATOR, -1));
    }

    public String getLink() {
        return link;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
