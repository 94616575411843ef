package kz.rudny.cabinet.events.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A person's private calendar feed: the SHA-256 of its random token (the token itself is never stored), whose it
 * is and in which school. District-level on purpose: the feed finds the row by the token before any school is
 * known, then works inside the stored school only. One row per account; a reset replaces the hash.
 */
@Entity
@Table(name = "CALENDAR_FEED")
@NamedQuery(name = FeedToken.BY_HASH, query = "SELECT f FROM FeedToken f WHERE f.tokenHash = :hash")
@NamedQuery(name = FeedToken.BY_ACCOUNT, query = "SELECT f FROM FeedToken f WHERE f.accountId = :account")
@NamedQuery(name = FeedToken.DELETE_BY_STAFF, query = "DELETE FROM FeedToken f WHERE f.staffId = :staff")
public class FeedToken {

    public static final String BY_HASH = "FeedToken.byHash";
    public static final String BY_ACCOUNT = "FeedToken.byAccount";
    public static final String DELETE_BY_STAFF = "FeedToken.deleteByStaff";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "TOKEN_HASH", length = 64, nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "ACCOUNT_ID", nullable = false, unique = true)
    private long accountId;

    @Column(name = "SCHOOL_ID", nullable = false)
    private long schoolId;

    @Column(name = "STAFF_ID", nullable = false)
    private long staffId;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    protected FeedToken() {
    }

    public FeedToken(String tokenHash, long accountId, long schoolId, long staffId, LocalDateTime createdAt) {
        this.tokenHash = tokenHash;
        this.accountId = accountId;
        this.schoolId = schoolId;
        this.staffId = staffId;
        this.createdAt = createdAt;
    }

    /** A new token replaces the old one: from now on only the new one is found. */
    public void replace(String newHash, LocalDateTime at) {
        this.tokenHash = newHash;
        this.createdAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public long getAccountId() {
        return accountId;
    }

    public long getSchoolId() {
        return schoolId;
    }

    public long getStaffId() {
        return staffId;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
