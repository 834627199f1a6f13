package org.flextime.scheduler.seasons;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** The season tables: a season's current version and every version's document, never changed once written. */
final class SeasonStore {

    /** One stored version of a season. */
    record Row(String id, int version, String document, String change, Instant createdAt) {
    }

    private static final String SELECT = "SELECT v.season_id, v.version, v.document, v.change, v.created_at FROM season_version v ";

    private final JdbcTemplate jdbc;

    SeasonStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The season's current version. */
    Optional<Row> current(String id) {
        return jdbc.query(SELECT + "JOIN season s ON s.id = v.season_id AND s.current_version = v.version WHERE s.id = ?",
                SeasonStore::row, id).stream().findFirst();
    }

    /** One version of the season. */
    Optional<Row> version(String id, int version) {
        return jdbc.query(SELECT + "WHERE v.season_id = ? AND v.version = ?", SeasonStore::row, id, version).stream().findFirst();
    }

    /** Every season's current version, by id. */
    List<Row> currentAll() {
        return jdbc.query(SELECT + "JOIN season s ON s.id = v.season_id AND s.current_version = v.version ORDER BY s.id",
                SeasonStore::row);
    }

    /** Every version of the season, oldest first. */
    List<Row> versions(String id) {
        return jdbc.query(SELECT + "WHERE v.season_id = ? ORDER BY v.version", SeasonStore::row, id);
    }

    /** Whether a season with this id exists. */
    boolean exists(String id) {
        return !jdbc.queryForList("SELECT id FROM season WHERE id = ?", String.class, id).isEmpty();
    }

    /** Stores a new season at version 1; the caller's transaction holds both rows (a duplicate id fails the insert). */
    void create(String id, String document, String change) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("INSERT INTO season (id, current_version, created_at, updated_at) VALUES (?, 1, ?, ?)", id, now, now);
        jdbc.update("INSERT INTO season_version (season_id, version, document, change, created_at) VALUES (?, 1, ?, ?, ?)",
                id, document, change, now);
    }

    /**
     * Stores version {@code read + 1} if the season is still at {@code read}; false when another edit came first. The
     * caller's transaction holds both statements.
     */
    boolean append(String id, int read, String document, String change) {
        Timestamp now = Timestamp.from(Instant.now());
        if (jdbc.update("UPDATE season SET current_version = ?, updated_at = ? WHERE id = ? AND current_version = ?",
                read + 1, now, id, read) != 1) {
            return false;
        }
        jdbc.update("INSERT INTO season_version (season_id, version, document, change, created_at) VALUES (?, ?, ?, ?, ?)",
                id, read + 1, document, change, now);
        return true;
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(rs.getString("season_id"), rs.getInt("version"), rs.getString("document"), rs.getString("change"),
                rs.getTimestamp("created_at").toInstant());
    }
}
