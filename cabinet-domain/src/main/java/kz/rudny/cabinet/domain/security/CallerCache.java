package kz.rudny.cabinet.domain.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.cache.Cache;
import kz.rudny.cabinet.domain.cluster.SharedCaches;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.people.entity.Account;
import kz.rudny.cabinet.domain.transactions.AfterTransaction;

/**
 * What a signed-in person's requests need of their account (id, name, school, roles, language), read from the
 * database once and then kept in the cluster's shared cache ({@link SharedCaches}) by username: the sign-in
 * mechanism's check of the session's account and {@link CurrentCaller} asked the database on every request before.
 * Any change of an account forgets its entry on every instance ({@link AccountChanges}: at once, and again when the
 * changing transaction has ended, so that no request of the meantime keeps the old state); an entry lives ten minutes
 * at most. Only active accounts are kept.
 */
@ApplicationScoped
public class CallerCache {

    public static final String NAME = "cabinet.callers";
    public static final Duration LIFE = Duration.ofMinutes(10);

    /** An active account as its requests see it. */
    public record Caller(long accountId, String username, String fullName, Long schoolId, Set<Role> roles,
                         Language language, boolean passwordChangeRequired) {

        static Caller of(Account a) {
            return new Caller(a.getId(), a.getUsername(), a.getFullName(), a.getSchoolId(), Set.copyOf(a.getRoles()),
                    a.getLanguage(), a.isPasswordChangeRequired());
        }

        /** As kept in the shared cache: strings only, which every instance reads whatever wrote them. */
        String[] kept() {
            return new String[] {Long.toString(accountId), username, fullName,
                    schoolId == null ? "" : schoolId.toString(),
                    roles.stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                    language == null ? "" : language.name(), Boolean.toString(passwordChangeRequired)};
        }

        static Caller of(String[] kept) {
            return new Caller(Long.parseLong(kept[0]), kept[1], kept[2],
                    kept[3].isEmpty() ? null : Long.valueOf(kept[3]),
                    kept[4].isEmpty() ? Set.of()
                            : Arrays.stream(kept[4].split(",")).map(Role::valueOf).collect(Collectors.toUnmodifiableSet()),
                    kept[5].isEmpty() ? null : Language.valueOf(kept[5]), Boolean.parseBoolean(kept[6]));
        }
    }

    @Inject
    SharedCaches caches;

    @Inject
    AfterTransaction after;

    @PersistenceContext(unitName = "cabinet")
    EntityManager em;

    private Cache<String, String[]> callers;

    @PostConstruct
    void connect() {
        callers = caches.cache(NAME, SharedCaches.Lifetime.FROM_CREATION, LIFE);
    }

    /** The active account of this username: as kept, else read (and kept); empty when there is no such account. */
    public Optional<Caller> caller(String username) {
        String[] kept = callers.get(username);
        if (kept != null) {
            return Optional.of(Caller.of(kept));
        }
        Optional<Caller> found = em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", username)
                .getResultStream()
                .filter(Account::isActive)
                .findFirst()
                .map(Caller::of);
        found.ifPresent(c -> callers.put(username, c.kept()));
        return found;
    }

    /** Forgets this account's kept state now, and again when the current transaction (if any) has ended. */
    public void forget(String username) {
        callers.remove(username);
        if (after.active()) {
            after.onEnd(committed -> callers.remove(username));
        }
    }
}
