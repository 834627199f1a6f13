package org.flextime.platform.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flextime.platform.launch.DatabaseUrl;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The databases tests run on: a fresh H2 file database (the embedded topology's) and the real
 * PostgreSQL named by {@code FLEXTIME_PG_URL}. A missing PostgreSQL fails the test; it is never skipped.
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    /** A base JDBC URL of a new, empty H2 file database. */
    public static String freshH2() {
        try {
            Path dir = Files.createTempDirectory("flextime-h2-");
            return DatabaseUrl.embedded(dir.toString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The PostgreSQL base URL from the environment; fails loudly without one. */
    public static String postgresUrl() {
        String url = System.getenv("FLEXTIME_PG_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("FLEXTIME_PG_URL is not set: these tests need a real PostgreSQL. "
                    + "Run ./flextime test (it provisions one), or export FLEXTIME_PG_URL, FLEXTIME_PG_USER, FLEXTIME_PG_PASSWORD.");
        }
        return url;
    }

    /** A data source on a schema of the given base URL (H2 or PostgreSQL). */
    public static DataSource dataSource(String baseUrl, String schema) {
        boolean h2 = baseUrl.startsWith("jdbc:h2:");
        String user = h2 ? "sa" : System.getenv().getOrDefault("FLEXTIME_PG_USER", "flextime");
        String password = h2 ? "" : System.getenv().getOrDefault("FLEXTIME_PG_PASSWORD", "flextime");
        return new DriverManagerDataSource(DatabaseUrl.forSchema(baseUrl, schema), user, password);
    }

    /**
     * A data source on a new schema of {@code database} ("h2": a fresh H2 file; "postgresql": the real server),
     * migrated with the platform's and the service's Flyway scripts ({@code classpath:db/<service>}).
     */
    public static DataSource migratedSchema(String database, String service) {
        String base = database.equals("h2") ? freshH2() : postgresUrl();
        String schema = uniqueSchema(service);
        DataSource ds = dataSource(base, schema);
        Flyway.configure().dataSource(ds).schemas(schema).defaultSchema(schema)
                .locations("classpath:db/platform", "classpath:db/" + service).load().migrate();
        return ds;
    }

    /**
     * As {@link #migratedSchema(String, String)}, behind a small connection pool as the services run:
     * for tests whose timing would otherwise measure connection set-up.
     */
    public static DataSource migratedPool(String database, String service) {
        DriverManagerDataSource plain = (DriverManagerDataSource) migratedSchema(database, service);
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(plain.getUrl());
        pool.setUsername(plain.getUsername());
        pool.setPassword(plain.getPassword());
        pool.setMaximumPoolSize(4);
        return pool;
    }

    /** A schema name no other test run uses. */
    public static String uniqueSchema(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).replaceAll("[0-9]", "x");
    }
}
