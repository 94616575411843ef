package kz.rudny.cabinet.domain.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A personal API token of an account: only the SHA-256 of the token is kept (the token is 32 random bytes, so a
 * plain digest is as strong as a slow password hash and costs nothing per request). District-level like
 * {@link Account}: it is found by its hash before any school is known, and it signs in as its account, whose
 * school and roles apply at the time of each call.
 */
@Entity
@Table(name = "API_TOKEN")
@NamedQuery(name = ApiToken.BY_HASH, query = "SELECT t FROM ApiToken t WHERE t.tokenHash = :hash")
@NamedQuery(name = ApiToken.OF_ACCOUNT,
        query = "SELECT t FROM ApiToken t WHERE t.accountId = :account ORDER BY t.createdAt DESC, t.id DESC")
public class ApiToken {

    public static final String BY_HASH = "ApiToken.byHash";
    public static final String OF_ACCOUNT = "ApiToken.ofAccount";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ACCOUNT_ID", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "NAME", nullable = false, length = 100, updatable = false)
    private String name;

    @Column(name = "TOKEN_HASH", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "LAST_USED_AT")
    private LocalDateTime lastUsedAt;

    @Column(name = "EXPIRES_ON", updatable = false)
    private LocalDate expiresOn;

    @Column(name = "REVOKED_AT")
    private LocalDateTime revokedAt;

    protected ApiToken() {
    }

    public ApiToken(long accountId, String name, String tokenHash, LocalDateTime createdAt, LocalDate expiresOn) {
        this.accountId = accountId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresOn = expiresOn;
    }

    /** Usable on this day: not revoked, and its last day (if any) not passed. */
    public boolean isUsable(LocalDate today) {
        return revokedAt == null && (expiresOn == null || !today.isAfter(expiresOn));
    }

    /** Revokes it, once: the first revocation's time stays. */
    /** Revokes the token; false when it was revoked already (nothing changes then). */
    public boolean revoke(LocalDateTime when) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = when;
        return true;
    }

    /** Notes a use; written at most once a minute, so a busy script does not write on every call. */
    public void usedAt(LocalDateTime when) {
        if (lastUsedAt == null || lastUsedAt.plusMinutes(1).isBefore(when)) {
            lastUsedAt = when;
        }
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getLastUsedAt() {
        return lastUsedAt;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public LocalDateTime getRevokedAt() {
        return revokedAt;
    }
}
