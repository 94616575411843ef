package kz.rudny.cabinet.domain.it.support;

import jakarta.annotation.sql.DataSourceDefinition;

/** The same data source declaration as the web module's (cabinet-web ...web.platform.DataSourceDeclaration). */
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
