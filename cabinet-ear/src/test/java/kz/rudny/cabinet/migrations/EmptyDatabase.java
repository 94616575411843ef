package kz.rudny.cabinet.migrations;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The two databases the cabinet runs on, each able to make a new, empty database for one test: embedded Derby in
 * {@code derby.system.home} (the build's target/migrations-it), and a new database on the build's test PostgreSQL
 * ({@code migrations.postgresqlUrl}, {@code pg.user}, {@code pg.password}: see cabinet-ear/pom.xml).
 */
enum EmptyDatabase {

    DERBY {
        @Override
        DataSource create(String name) {
            EmbeddedDataSource derby = new EmbeddedDataSource();
            derby.setDatabaseName(uniqueName(name));
            derby.setCreateDatabase("create");
            return derby;
        }
    },

    POSTGRESQL {
        @Override
        DataSource create(String name) {
            String server = System.getProperty("migrations.postgresqlUrl", "jdbc:postgresql://localhost:25432/");
            String user = System.getProperty("pg.user", "cabinet");
            String password = System.getProperty("pg.password", "cabinet-test");
            String database = uniqueName(name);
            try (Connection c = DriverManager.getConnection(server + "postgres", user, password);
                    Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + database);
            } catch (SQLException e) {
                throw new IllegalStateException("No test PostgreSQL at " + server + " (the build starts it: "
                        + "./cabinet test-postgres-start)", e);
            }
            PGSimpleDataSource postgresql = new PGSimpleDataSource();
            postgresql.setURL(server + database);
            postgresql.setUser(user);
            postgresql.setPassword(password);
            return postgresql;
        }
    };

    /** A data source of a new database that nothing has touched yet. */
    abstract DataSource create(String name);

    private static String uniqueName(String name) {
        return name + "_" + System.currentTimeMillis() + "_" + System.nanoTime() % 1000;
    }
}
