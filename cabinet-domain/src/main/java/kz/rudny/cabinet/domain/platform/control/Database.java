package kz.rudny.cabinet.domain.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/** The application's data source, as declared by the web module ({@code java:app/jdbc/cabinet}). */
@ApplicationScoped
public class Database {

    public static final String JNDI_NAME = "java:app/jdbc/cabinet";

    public DataSource dataSource() {
        try {
            return InitialContext.doLookup(JNDI_NAME);
        } catch (NamingException e) {
            throw new IllegalStateException("No data source at " + JNDI_NAME, e);
        }
    }

    /** Whether a connection can be had and answers. */
    public boolean isUsable() {
        try (Connection c = dataSource().getConnection()) {
            return c.isValid(3);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
