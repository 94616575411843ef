package kz.rudny.cabinet.domain.platform.boundary;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The data source class the container pools ({@code @DataSourceDefinition} in the web module). It reads the
 * JDBC URL from MicroProfile Config itself, because Payara resolves {@code ${MPCONFIG=...}} in resource
 * definitions before an application's own config file is visible. Default: embedded Derby in
 * {@code cabinet.data.dir}; for PostgreSQL set {@code cabinet.jdbc.url}, {@code cabinet.jdbc.user} and
 * {@code cabinet.jdbc.password} ({@code cabinet.jdbc.driver} for a database other than Derby and PostgreSQL,
 * whose driver is known from the URL).
 */
public class ConfiguredDataSource implements DataSource {

    public static final String JDBC_DRIVER = "cabinet.jdbc.driver";
    public static final String JDBC_USER = "cabinet.jdbc.user";
    public static final String JDBC_PASSWORD = "cabinet.jdbc.password";
    private static final String DERBY_DRIVER = "org.apache.derby.jdbc.EmbeddedDriver";
    private static final String POSTGRESQL_DRIVER = "org.postgresql.Driver";

    private volatile String url;
    private volatile Properties credentials;
    private int loginTimeout;
    private PrintWriter logWriter;

    private void configure() throws SQLException {
        if (url != null) {
            return;
        }
        Config config = ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader());
        String dataDir = config.getOptionalValue(ConfigKeys.DATA_DIR, String.class)
                .orElse(System.getProperty("user.home") + "/cabinet-data");
        String jdbcUrl = config.getOptionalValue(ConfigKeys.JDBC_URL, String.class)
                .orElse("jdbc:derby:" + dataDir + "/derby;create=true");
        String driver = config.getOptionalValue(JDBC_DRIVER, String.class).orElse(driverOf(jdbcUrl));
        if (driver != null) {
            try {
                Class.forName(driver, true, ConfiguredDataSource.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new SQLException("JDBC driver " + driver + " is not on the class path", e);
            }
        }
        Properties props = new Properties();
        config.getOptionalValue(JDBC_USER, String.class).ifPresent(u -> props.setProperty("user", u));
        config.getOptionalValue(JDBC_PASSWORD, String.class).ifPresent(p -> props.setProperty("password", p));
        credentials = props;
        url = jdbcUrl;
    }

    /**
     * The driver class of a Derby or PostgreSQL URL, which must be loaded by name: the drivers sit in the
     * application's lib/, where the JDK's driver discovery does not look.
     */
    private static String driverOf(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:derby:")) {
            return DERBY_DRIVER;
        }
        return jdbcUrl.startsWith("jdbc:postgresql:") ? POSTGRESQL_DRIVER : null;
    }

    /** The JDBC URL in use (without credentials), once configured. */
    public Optional<String> url() {
        return Optional.ofNullable(url);
    }

    @Override
    public Connection getConnection() throws SQLException {
        configure();
        return OpenConnections.counted(DriverManager.getConnection(url, credentials));
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        configure();
        Properties props = new Properties();
        props.setProperty("user", username);
        props.setProperty("password", password);
        return OpenConnections.counted(DriverManager.getConnection(url, props));
    }

    /** Shuts embedded Derby down so a redeployment can open the files again; does nothing for other databases. */
    public static void shutdownEmbeddedDerby() {
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true").close();
        } catch (SQLException expected) {
            // Derby reports a successful shutdown as an exception (XJ015), and "no suitable driver" when unused.
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
