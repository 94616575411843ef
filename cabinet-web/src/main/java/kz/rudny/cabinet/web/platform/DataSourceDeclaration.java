package kz.rudny.cabinet.web.platform;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * Declares the application's pooled data source. Where it points is read from MicroProfile Config by
 * {@link kz.rudny.cabinet.domain.platform.boundary.ConfiguredDataSource} (default: embedded Derby).
 */
@DataSourceDefinition(
        name = "java:app/jdbc/cabinet",
        className = "kz.rudny.cabinet.domain.platform.boundary.ConfiguredDataSource",
        minPoolSize = 1,
        maxPoolSize = 32,
        properties = {"fish.payara.is-connection-validation-required=true",
                // Connection.isValid asks the database itself (meta-data does not, for PostgreSQL's driver): a
                // connection left broken by a database that stopped is found and all are replaced (fail-all).
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true"})
public class DataSourceDeclaration {
}
