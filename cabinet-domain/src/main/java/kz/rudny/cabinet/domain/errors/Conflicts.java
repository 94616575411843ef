package kz.rudny.cabinet.domain.errors;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;

/** Recognises, anywhere in an exception's causes, that a parallel request got there first. */
public final class Conflicts {

    private Conflicts() {
    }

    /** A unique key another transaction just took (SQL state 23505). */
    public static boolean isUniqueViolation(Throwable thrown) {
        return sqlState(thrown).map("23505"::equals).orElse(false);
    }

    /**
     * Someone changed the same record at the same moment: an optimistic-lock conflict (JPA's or EclipseLink's
     * own), an integrity violation (SQL state class 23), or a transaction the database rolled back to resolve a
     * clash (class 40: a deadlock or a lock timeout, as Derby and PostgreSQL report them).
     */
    public static boolean isConcurrentChange(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException
                    || t instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
                return true;
            }
        }
        return sqlState(thrown).map(s -> s.startsWith("23") || s.startsWith("40")).orElse(false);
    }

    private static java.util.Optional<String> sqlState(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return java.util.Optional.of(sql.getSQLState());
            }
        }
        return java.util.Optional.empty();
    }
}
