package kz.rudny.cabinet.web.platform;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Whether an error means that the database could not be reached: a connection refused or lost (SQL state class
 * 08), or none to be had from the pool (Payara's {@code PoolingException} and the Connectors API's
 * {@code ResourceAllocationException}, which the pool wraps in an {@code SQLException} of its own).
 */
public final class DatabaseFailure {

    private static final Set<String> POOL_FAILURES = Set.of(
            "com.sun.appserv.connectors.internal.api.PoolingException",
            "jakarta.resource.spi.ResourceAllocationException");

    private DatabaseFailure() {
    }

    public static boolean causedBy(Throwable thrown) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = thrown; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || POOL_FAILURES.contains(t.getClass().getName())) {
                return true;
            }
            if (t instanceof SQLException sql && (isConnectionState(sql) || sql.getNextException() != null
                    && causedBy(sql.getNextException()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectionState(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("08");
    }
}
