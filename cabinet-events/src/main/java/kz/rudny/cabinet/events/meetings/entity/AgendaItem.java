package kz.rudny.cabinet.events.meetings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.DiscriminatorType;
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** An item of a meeting's agenda (topic and speaker) and, once held, its three parts of the minutes. */
@Entity
@Table(name = "MEETING_AGENDA_ITEM")
@Multitenant
@TenantDiscriminatorColumn(name = SchoolScoped.COLUMN, contextProperty = SchoolScoped.TENANT_PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "MEETING_ID", nullable = false)
    private Meeting meeting;

    @Column(name = "POSITION", nullable = false)
    private int position;

    @Column(name = "TOPIC", nullable = false, length = 500)
    private String topic;

    /** The member who speaks; null for a guest, whose name only is kept. */
    @Column(name = "SPEAKER_STAFF_ID")
    private Long speakerStaffId;

    @Column(name = "SPEAKER_NAME", nullable = false, length = 200)
    private String speakerName;

    /** Тыңдалды / Слушали. */
    @Column(name = "HEARD", length = 4000)
    private String heard;

    /** Сөйледі / Выступили. */
    @Column(name = "SPOKE", length = 4000)
    private String spoke;

    /** Шешім / Постановили. */
    @Column(name = "DECIDED", length = 4000)
    private String decided;

    protected AgendaItem() {
    }

    public AgendaItem(Meeting meeting, int position, String topic, Long speakerStaffId, String speakerName) {
        this.meeting = meeting;
        this.position = position;
        this.topic = topic;
        this.speakerStaffId = speakerStaffId;
        this.speakerName = speakerName;
    }

    public void plan(int newPosition, String newTopic, Long staffId, String name) {
        this.position = newPosition;
        this.topic = newTopic;
        this.speakerStaffId = staffId;
        this.speakerName = name;
    }

    public void record(String heardText, String spokeText, String decidedText) {
        this.heard = heardText;
        this.spoke = spokeText;
        this.decided = decidedText;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getTopic() {
        return topic;
    }

    public Long getSpeakerStaffId() {
        return speakerStaffId;
    }

    public String getSpeakerName() {
        return speakerName;
    }

    public String getHeard() {
        return heard;
    }

    public String getSpoke() {
        return spoke;
    }

    public String getDecided() {
        return decided;
    }
}
