package org.flextime.platform.launch;

/** Builds each service's JDBC URL from the topology's one database URL and the service's schema. */
public final class DatabaseUrl {

    private DatabaseUrl() {
    }

    /** The H2 file database of the embedded topology under {@code dataDir}. */
    public static String embedded(String dataDir) {
        return "jdbc:h2:file:" + dataDir + "/flextime";
    }

    /**
     * The URL a service connects with: PostgreSQL selects the schema with {@code currentSchema};
     * H2 (in PostgreSQL mode) creates and selects it on connect and flushes every commit, so a killed
     * process loses nothing it acknowledged.
     */
    public static String forSchema(String baseUrl, String schema) {
        if (!schema.matches("[a-z_]+")) {
            throw new IllegalArgumentException("schema name must be lower-case letters: " + schema);
        }
        if (baseUrl.startsWith("jdbc:h2:")) {
            return baseUrl + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0"
                    + ";INIT=CREATE SCHEMA IF NOT EXISTS " + schema + "\\;SET SCHEMA " + schema;
        }
        if (baseUrl.startsWith("jdbc:postgresql:")) {
            return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        }
        throw new IllegalArgumentException("unsupported database URL (H2 or PostgreSQL): " + baseUrl);
    }
}
