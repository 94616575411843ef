package kz.rudny.cabinet.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.JDBCType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import kz.rudny.cabinet.domain.platform.control.DatabaseMigration;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every migration of every module (all the {@code db/migration} folders on the class path: each module jar brings
 * its own) runs on an empty Derby and an empty PostgreSQL database through the application's own
 * {@link DatabaseMigration}: a migration in SQL that only one of them takes fails here, naming the script and the
 * database. Both end with the same tables and columns.
 */
class MigrationsIT {

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.sql");
    private static final Map<EmptyDatabase, DataSource> MIGRATED =
            Collections.synchronizedMap(new EnumMap<>(EmptyDatabase.class));

    @Test
    void everyModuleBringsItsMigrationsToTheClassPath() {
        Map<String, Set<String>> bySource = scriptsBySource();
        assertTrue(bySource.size() >= 2, "the domain's and the library's migrations at least: " + bySource);
        bySource.forEach((source, scripts) -> assertFalse(scripts.isEmpty(), source));
    }

    @ParameterizedTest
    @EnumSource(EmptyDatabase.class)
    void everyMigrationRunsAndIsRecordedAsSuccessful(EmptyDatabase kind) {
        DataSource database = migrated(kind);
        MigrationInfo[] all = Flyway.configure(getClass().getClassLoader()).dataSource(database)
                .locations("classpath:db/migration").load().info().all();
        Set<String> expected = new TreeSet<>();
        scriptsBySource().values().forEach(scripts -> scripts.forEach(name -> expected.add(version(name))));
        Set<String> applied = new TreeSet<>();
        for (MigrationInfo migration : all) {
            String what = migration.getScript() + " on " + kind + ": " + migration.getState();
            assertTrue(migration.getState().isApplied(), what);
            assertFalse(migration.getState().isFailed(), what);
            assertTrue(migration.getState().isResolved(), what);
            applied.add(migration.getVersion().getVersion());
        }
        assertEquals(expected, applied, "every script on the class path, applied once, on " + kind);
    }

    @Test
    void bothDatabasesEndWithTheSameTablesAndColumns() {
        Map<String, Map<String, String>> derby = schema(migrated(EmptyDatabase.DERBY));
        Map<String, Map<String, String>> postgresql = schema(migrated(EmptyDatabase.POSTGRESQL));
        assertEquals(derby.keySet(), postgresql.keySet(), "tables");
        derby.forEach((table, columns) -> assertEquals(columns, postgresql.get(table), table));
        assertTrue(derby.containsKey("SCHOOL") && derby.containsKey("MATERIAL"), derby::toString);
    }

    /** A new database of the kind, migrated once for all the tests of this class. */
    private static DataSource migrated(EmptyDatabase kind) {
        return MIGRATED.computeIfAbsent(kind, k -> {
            DataSource database = k.create("migrations");
            try {
                new DatabaseMigration().migrate(database);
            } catch (RuntimeException e) {
                throw new AssertionError("The migrations fail on " + k + ": " + e.getMessage(), e);
            }
            return database;
        });
    }

    /** The versioned scripts of each db/migration folder on the class path (a jar, or a folder in an IDE). */
    static Map<String, Set<String>> scriptsBySource() {
        Map<String, Set<String>> bySource = new TreeMap<>();
        try {
            for (URL folder : Collections.list(MigrationsIT.class.getClassLoader().getResources("db/migration"))) {
                Set<String> scripts = new TreeSet<>();
                if ("jar".equals(folder.getProtocol())) {
                    JarURLConnection connection = (JarURLConnection) folder.openConnection();
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        jar.stream().map(e -> e.getName()).filter(n -> n.startsWith("db/migration/"))
                                .map(n -> n.substring(n.lastIndexOf('/') + 1)).forEach(scripts::add);
                    }
                } else {
                    try (Stream<Path> files = Files.walk(Path.of(folder.toURI()))) {
                        files.map(p -> p.getFileName().toString()).forEach(scripts::add);
                    }
                }
                scripts.removeIf(name -> !VERSIONED.matcher(name).matches());
                bySource.put(folder.toString(), scripts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return bySource;
    }

    /** "V101__library_materials.sql" is version "101". */
    static String version(String script) {
        Matcher m = VERSIONED.matcher(script);
        if (!m.matches()) {
            throw new IllegalArgumentException(script);
        }
        return m.group(1).replace('_', '.');
    }

    /**
     * Table → column → its type as the JDBC driver reports it (PostgreSQL's boolean reports as BIT), the length of
     * a character column, and whether it takes NULL. Flyway's own history table is left out.
     */
    private static Map<String, Map<String, String>> schema(DataSource database) {
        Map<String, Map<String, String>> tables = new TreeMap<>();
        try (Connection c = database.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            String schema = c.getSchema();
            List<String> names = new ArrayList<>();
            try (ResultSet r = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (r.next()) {
                    names.add(r.getString("TABLE_NAME"));
                }
            }
            for (String table : names) {
                if (table.equalsIgnoreCase("flyway_schema_history")) {
                    continue;
                }
                Map<String, String> columns = new TreeMap<>();
                try (ResultSet r = meta.getColumns(null, schema, table, "%")) {
                    while (r.next()) {
                        int type = r.getInt("DATA_TYPE") == Types.BIT ? Types.BOOLEAN : r.getInt("DATA_TYPE");
                        boolean text = type == Types.VARCHAR || type == Types.CHAR;
                        columns.put(r.getString("COLUMN_NAME").toUpperCase(Locale.ROOT), JDBCType.valueOf(type)
                                + (text ? "(" + r.getInt("COLUMN_SIZE") + ")" : "")
                                + ("YES".equals(r.getString("IS_NULLABLE")) ? " NULL" : " NOT NULL"));
                    }
                }
                tables.put(table.toUpperCase(Locale.ROOT), columns);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return tables;
    }
}
