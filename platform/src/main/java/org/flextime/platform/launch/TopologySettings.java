package org.flextime.platform.launch;

import java.util.Map;

/**
 * Where the topology's database lives and which port the gateway takes, read from the
 * environment: {@code FLEXTIME_DB_URL} (default: the H2 file under {@code FLEXTIME_DATA_DIR},
 * itself defaulting to {@code ./data}), {@code FLEXTIME_DB_USER}, {@code FLEXTIME_DB_PASSWORD} or the file {@code FLEXTIME_DB_PASSWORD_FILE} names (required for any
 * database but the embedded H2 file),
 * {@code FLEXTIME_PORT} (default 8080).
 */
public record TopologySettings(String databaseUrl, String user, String password, int basePort) {

    /**
     * Where the topology keeps its own files (the first admin's password and token): the embedded H2 database's folder,
     * else {@code FLEXTIME_DATA_DIR}, else {@code ./data}.
     */
    public String dataDir() {
        String prefix = "jdbc:h2:file:";
        if (databaseUrl.startsWith(prefix)) {
            String file = databaseUrl.substring(prefix.length()).split(";", 2)[0];
            int slash = file.lastIndexOf('/');
            return slash < 0 ? "." : file.substring(0, slash);
        }
        return System.getenv().getOrDefault("FLEXTIME_DATA_DIR", "./data");
    }

    /** Settings from an environment map (usually {@code System.getenv()}). */
    public static TopologySettings from(Map<String, String> env) {
        String dataDir = env.getOrDefault("FLEXTIME_DATA_DIR", "./data");
        String url = env.getOrDefault("FLEXTIME_DB_URL", DatabaseUrl.embedded(dataDir));
        String user = env.getOrDefault("FLEXTIME_DB_USER", url.startsWith("jdbc:h2:") ? "sa" : "flextime");
        String password = Secrets.from(env, "FLEXTIME_DB_PASSWORD");
        if (url.startsWith("jdbc:h2:")) {
            password = password == null ? "" : password;
        } else if (password == null || password.isEmpty()) {
            // A guessed default would either fail later with a driver's message or, worse, work against a shared database.
            throw new IllegalArgumentException("FLEXTIME_DB_PASSWORD is not set: the database at " + url + " needs its password");
        }
        String port = env.getOrDefault("FLEXTIME_PORT", "8080");
        try {
            return new TopologySettings(url, user, password, Integer.parseInt(port));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("FLEXTIME_PORT must be a port number, not '" + port + "'");
        }
    }
}
