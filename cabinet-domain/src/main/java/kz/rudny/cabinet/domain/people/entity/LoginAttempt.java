package kz.rudny.cabinet.domain.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One sign-in attempt, kept for the record. District-level: written before any school is known. */
@Entity
@Table(name = "LOGIN_ATTEMPT")
public class LoginAttempt {

    public enum Outcome { SUCCESS, FAILURE, THROTTLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "USERNAME", nullable = false, length = 60)
    private String username;

    @Column(name = "ADDRESS", length = 64)
    private String address;

    @Column(name = "OUTCOME", nullable = false, length = 20)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Outcome outcome;

    @Column(name = "ATTEMPTED_AT", nullable = false)
    private LocalDateTime attemptedAt;

    protected LoginAttempt() {
    }

    public LoginAttempt(String username, String address, Outcome outcome, LocalDateTime attemptedAt) {
        this.username = username;
        this.address = address;
        this.outcome = outcome;
        this.attemptedAt = attemptedAt;
    }

    public Outcome getOutcome() {
        return outcome;
    }
}
