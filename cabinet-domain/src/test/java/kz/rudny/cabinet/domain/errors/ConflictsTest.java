package kz.rudny.cabinet.domain.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which database answers count as "someone else got there first" and which are real errors. */
class ConflictsTest {

    @ParameterizedTest(name = "SQL state {0}: parallel change {1}, unique violation {2}")
    @CsvSource({
        "23505, true, true",    // unique key taken (Derby, PostgreSQL)
        "23503, true, false",   // foreign key: the parent went away meanwhile
        "40001, true, false",   // deadlock / serialization failure
        "40XL1, true, false",   // Derby lock timeout
        "40P01, true, false",   // PostgreSQL deadlock
        "42X05, false, false",  // a real error: unknown table
        "08006, false, false"   // connection lost
    })
    void sqlStates(String state, boolean parallel, boolean unique) {
        Throwable wrapped = new PersistenceException(new RuntimeException(new SQLException("x", state)));
        assertEquals(parallel, Conflicts.isConcurrentChange(wrapped));
        assertEquals(unique, Conflicts.isUniqueViolation(wrapped));
    }

    @ParameterizedTest(name = "optimistic lock of kind {0}")
    @CsvSource({"jpa", "eclipselink"})
    void optimisticLocks(String kind) {
        Throwable lock = kind.equals("jpa") ? new OptimisticLockException("stale")
                : new org.eclipse.persistence.exceptions.OptimisticLockException("stale") { };
        assertEquals(true, Conflicts.isConcurrentChange(new RuntimeException(lock)));
    }
}
