package kz.rudny.cabinet.events.activities.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * TOWN-LEVEL (reviewed), part of its event: who presents, a staff member of the organising school or a guest.
 * Read through its event's viewer filter: presenters of a school's own event only by that school.
 */
@Entity
@Table(name = "ACTIVITY_PRESENTER")
@AdditionalCriteria("this.activity.schoolOnlyId IS NULL OR this.activity.schoolOnlyId = :"
        + SchoolScoped.VIEWER_PROPERTY)
public class Presenter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ACTIVITY_ID", nullable = false)
    private Activity activity;

    @Column(name = "POSITION_NO", nullable = false)
    private int positionNo;

    @Column(name = "STAFF_ID")
    private Long staffId;

    @Column(name = "ACCOUNT_ID")
    private Long accountId;

    @Column(name = "FULL_NAME", nullable = false, length = 200)
    private String fullName;

    protected Presenter() {
    }

    public Presenter(Activity activity, int positionNo, Long staffId, Long accountId, String fullName) {
        this.activity = activity;
        this.positionNo = positionNo;
        this.staffId = staffId;
        this.accountId = accountId;
        this.fullName = fullName;
    }

    public Long getId() {
        return id;
    }

    public Activity getActivity() {
        return activity;
    }

    public int getPositionNo() {
        return positionNo;
    }

    public Long getStaffId() {
        return staffId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getFullName() {
        return fullName;
    }
}
