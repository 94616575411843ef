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
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true"})
public class DataSourceDeclaration {
}
