package kz.rudny.cabinet.web.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseFailureTest {

    @Test
    void aRefusedOrLostConnectionDeepInsideIsADatabaseFailure() {
        assertTrue(DatabaseFailure.causedBy(new PersistenceException("EclipseLink-4002",
                new SQLException("Connection refused", "08001"))));
        assertTrue(DatabaseFailure.causedBy(new RuntimeException(new SQLException("I/O error", "08006"))));
        assertTrue(DatabaseFailure.causedBy(new IllegalStateException(new SQLTransientConnectionException("gone"))));
        SQLException pool = new SQLException("Error in allocating a connection");
        pool.setNextException(new SQLException("refused", "08001"));
        assertTrue(DatabaseFailure.causedBy(pool), "through the next exception");
    }

    @Test
    void otherErrorsAreNot() {
        assertFalse(DatabaseFailure.causedBy(new PersistenceException(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseFailure.causedBy(new IllegalArgumentException("bad")));
        assertFalse(DatabaseFailure.causedBy(null));
        RuntimeException loop = new RuntimeException("a");
        RuntimeException other = new RuntimeException("b", loop);
        loop.initCause(other);
        assertFalse(DatabaseFailure.causedBy(loop), "a cycle of causes ends");
    }
}
