package kz.rudny.cabinet.events.calendar.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import kz.rudny.cabinet.domain.people.boundary.StaffDeactivated;
import kz.rudny.cabinet.events.calendar.entity.FeedToken;
import kz.rudny.cabinet.domain.security.Sha256;

/**
 * The private feeds' tokens: 32 random bytes (256 bits) from {@link SecureRandom}, URL-safe Base64 without padding
 * (43 characters); only their SHA-256 is stored, so the table alone opens no feed. A deactivated person's feed
 * goes with the account.
 */
@ApplicationScoped
public class FeedTokens {

    /** The owner a token stands for, read once; the feed works inside {@code schoolId} only. */
    public record Holder(long accountId, long schoolId, long staffId) {
    }

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "events")
    EntityManager em;

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        return Sha256.hex(token);
    }

    /** Whom the token belongs to, in a transaction of its own; empty for anything not a live token. */
    @Transactional
    public Optional<Holder> holder(String token) {
        if (token == null || !FORMAT.matcher(token).matches()) {
            return Optional.empty();
        }
        return em.createNamedQuery(FeedToken.BY_HASH, FeedToken.class)
                .setParameter("hash", hash(token))
                .getResultStream().findFirst()
                .map(f -> new Holder(f.getAccountId(), f.getSchoolId(), f.getStaffId()));
    }

    /** A deactivated person's feed stops with the account (inside the deactivating transaction). */
    void staffDeactivated(@Observes StaffDeactivated deactivated) {
        em.createNamedQuery(FeedToken.DELETE_BY_STAFF).setParameter("staff", deactivated.staffId()).executeUpdate();
    }
}
