package kz.rudny.cabinet.domain.it.support;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import kz.rudny.cabinet.domain.platform.control.Database;

/**
 * The tests' own view of the database: the application's persistence unit inside transactions the test
 * controls, and plain JDBC (never filtered by school) to check what really is in the tables.
 */
@ApplicationScoped
public class TestDatabase {

    @PersistenceContext(unitName = "cabinet")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Inject
    Database database;

    /** The container-managed EntityManager (the same persistence context Tenancy hands out in a transaction). */
    public EntityManager em() {
        return em;
    }

    /** Runs the work in a transaction that is always rolled back. */
    public <T> T inRolledBackTransaction(Supplier<T> work) {
        begin();
        try {
            return work.get();
        } finally {
            try {
                transaction.rollback();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Runs the work in a transaction that commits. */
    public <T> T inTransaction(Supplier<T> work) {
        begin();
        T result;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            try {
                transaction.rollback();
            } catch (Exception suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        try {
            transaction.commit();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return result;
    }

    private void begin() {
        try {
            transaction.begin();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rows of a native query, each as a list of column values. */
    public List<List<Object>> rows(String sql, Object... parameters) {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        row.add(r.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Runs a native INSERT, UPDATE or DELETE on its own connection; answers the rows it changed. */
    public int update(String sql, Object... parameters) {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The first column of every row of a native query. */
    public List<Object> column(String sql, Object... parameters) {
        return rows(sql, parameters).stream().map(row -> row.get(0)).toList();
    }

    /** The single number a native query returns (a COUNT, an id). */
    public long number(String sql, Object... parameters) {
        List<Object> values = column(sql, parameters);
        if (values.size() != 1) {
            throw new IllegalStateException("Expected one row, got " + values.size() + ": " + sql);
        }
        return ((Number) values.get(0)).longValue();
    }

    /** The ids of a school-scoped table's rows that belong to a school. */
    public List<Long> idsOfSchool(String table, long schoolId) {
        return column("SELECT ID FROM " + table + " WHERE SCHOOL_ID = ? ORDER BY ID", schoolId).stream()
                .map(id -> ((Number) id).longValue()).toList();
    }

    public long schoolOf(String username) {
        return number("SELECT SCHOOL_ID FROM ACCOUNT WHERE USERNAME = ?", username);
    }

    public long staffIdOf(String username) {
        return number("SELECT m.ID FROM STAFF_MEMBER m JOIN ACCOUNT a ON a.ID = m.ACCOUNT_ID WHERE a.USERNAME = ?",
                username);
    }

    /** The outcomes of a username's sign-in attempts, oldest first. */
    public List<Object> loginOutcomes(String username) {
        return column("SELECT OUTCOME FROM LOGIN_ATTEMPT WHERE USERNAME = ? ORDER BY ID", username);
    }
}
