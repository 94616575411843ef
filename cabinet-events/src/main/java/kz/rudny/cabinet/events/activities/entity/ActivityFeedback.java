package kz.rudny.cabinet.events.activities.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * TOWN-LEVEL (reviewed): an attendee's feedback on an event, a rating from 1 to 5 and an optional comment, once per
 * person (the database's unique key and check say so too). Read through the viewer filter, as a
 * {@link Registration}, only by the giver's school and by the organising side (the school, or the district); it
 * keeps no name, the organiser's summary shows none.
 */
@Entity
@Table(name = "ACTIVITY_FEEDBACK")
@AdditionalCriteria("this.giverSchoolId = :" + SchoolScoped.VIEWER_PROPERTY
        + " OR this.organiserKey = :" + SchoolScoped.VIEWER_PROPERTY)
public class ActivityFeedback {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ACTIVITY_ID", nullable = false)
    private Activity activity;

    @Column(name = "ORGANISER_KEY", nullable = false)
    private long organiserKey;

    @Column(name = "ACCOUNT_ID", nullable = false)
    private long accountId;

    @Column(name = "GIVER_SCHOOL_ID", nullable = false)
    private long giverSchoolId;

    @Column(name = "RATING", nullable = false)
    private int rating;

    @Column(name = "COMMENT_TEXT", length = 2000)
    private String comment;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    protected ActivityFeedback() {
    }

    public ActivityFeedback(Activity activity, long accountId, long giverSchoolId, int rating, String comment,
                            LocalDateTime createdAt) {
        this.activity = activity;
        this.organiserKey = activity.getOrganiserKey();
        this.accountId = accountId;
        this.giverSchoolId = giverSchoolId;
        this.rating = rating;
        this.comment = comment;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Activity getActivity() {
        return activity;
    }

    public long getAccountId() {
        return accountId;
    }

    public int getRating() {
        return rating;
    }

    public String getComment() {
        return comment;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
