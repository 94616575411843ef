package kz.rudny.cabinet.domain.people.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.security.AccountChanges;
import kz.rudny.cabinet.domain.security.PasswordHashing;
import kz.rudny.cabinet.domain.security.Role;

/**
 * A person's sign-in identity: name, credentials, roles, language, and the school they belong to (none
 * for district staff). District-level because sign-in looks it up before any school is known; a school's
 * screens reach an account only through the school-scoped {@link StaffMember}.
 */
@Entity
@Table(name = "ACCOUNT")
@EntityListeners(AccountChanges.class) // every instance forgets what it kept of a changed account
// Asked on every request of a signed-in session: the roles come in the same query (one round trip, not two).
@NamedQuery(name = Account.BY_USERNAME, query = "SELECT a FROM Account a WHERE a.username = :username",
        hints = @QueryHint(name = "eclipselink.left-join-fetch", value = "a.roles"))
@NamedQuery(name = Account.WITH_ROLE, query = "SELECT a FROM Account a JOIN a.roles r WHERE r = :role")
public class Account {
    public static final String BY_USERNAME = "Account.byUsername";
    public static final String WITH_ROLE = "Account.withRole";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "USERNAME", nullable = false, length = 60)
    private String username;

    @Column(name = "PASSWORD_HASH", nullable = false, length = 300)
    private String passwordHash;

    @Column(name = "FULL_NAME", nullable = false, length = 200)
    private String fullName;

    @Column(name = "SCHOOL_ID")
    private Long schoolId;

    @Enumerated(EnumType.STRING)
    @Column(name = "UI_LANGUAGE", length = 2)
    private Language language;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ACCOUNT_ROLE", joinColumns = @JoinColumn(name = "ACCOUNT_ID"))
    @Enumerated(EnumType.STRING)
    @Column(name = "ROLE_NAME", length = 40)
    private Set<Role> roles = new HashSet<>();

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "PASSWORD_CHANGED_AT")
    private LocalDateTime passwordChangedAt;

    /** The password was handed out by someone else (an imported first password): it must be changed first. */
    @Column(name = "PASSWORD_CHANGE_REQUIRED", nullable = false)
    private boolean passwordChangeRequired;

    /** Where notifications are mailed, when the district has a mail server configured; none by default. */
    @Column(name = "EMAIL", length = 254)
    private String email;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Account() {
    }

    public Account(String username, String passwordHash, String fullName, Long schoolId, LocalDateTime createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.schoolId = schoolId;
        this.createdAt = createdAt;
        this.passwordChangedAt = createdAt;
    }

    public boolean passwordMatches(char[] password) {
        return PasswordHashing.verify(password, passwordHash);
    }

    public void changePassword(String newHash, LocalDateTime when) {
        this.passwordHash = newHash;
        this.passwordChangedAt = when;
    }

    /** The person chose a new password: a change that was required is done. */
    public void changeOwnPassword(String newHash, LocalDateTime when) {
        changePassword(newHash, when);
        this.passwordChangeRequired = false;
    }

    /** The password was chosen by someone else (an imported person's first one): the person must replace it first. */
    public void requirePasswordChange() {
        this.passwordChangeRequired = true;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    /** Replaces the roles; a school person keeps only school roles, a district person only district ones. */
    public void setRoles(Set<Role> newRoles) {
        Set<Role> allowed = schoolId == null ? Role.districtRoles() : Role.schoolRoles();
        EnumSet<Role> kept = EnumSet.noneOf(Role.class);
        for (Role r : newRoles) {
            if (!allowed.contains(r)) {
                throw new IllegalArgumentException(r + " is not a role for this account");
            }
            kept.add(r);
        }
        roles.clear();
        roles.addAll(kept);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    public long getVersion() {
        return version;
    }
}
