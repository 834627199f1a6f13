package org.flextime.constraints.sets;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** The constraint sets and their versions in this service's schema. Versions are only ever inserted. */
public class ConstraintSetStore {

    /** A set as stored. */
    public record SetRow(String id, String sport, String season, String name, Integer activeVersion, Instant createdAt,
                         Instant updatedAt) {
    }

    /** A version as stored: the canonical JSON document and its hash. */
    public record VersionRow(String setId, int version, String document, String contentHash, String note, Instant createdAt) {
    }

    private static final RowMapper<SetRow> SETS = (rs, i) -> new SetRow(rs.getString("id"), rs.getString("sport"),
            rs.getString("season"), rs.getString("name"), (Integer) rs.getObject("active_version"),
            rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    private static final RowMapper<VersionRow> VERSIONS = (rs, i) -> new VersionRow(rs.getString("set_id"), rs.getInt("version"),
            rs.getString("document"), rs.getString("content_hash"), rs.getString("note"), rs.getTimestamp("created_at").toInstant());

    private final JdbcTemplate jdbc;

    /** A store over the service's data source. */
    public ConstraintSetStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a new set without an active version. */
    public void insertSet(String id, String sport, String season, String name) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("INSERT INTO constraint_set (id, sport, season, name, active_version, created_at, updated_at) VALUES (?, ?, ?, ?, NULL, ?, ?)",
                id, sport, season, name, now, now);
    }

    /** The set with this id. */
    public Optional<SetRow> find(String id) {
        return jdbc.query("SELECT * FROM constraint_set WHERE id = ?", SETS, id).stream().findFirst();
    }

    /** The set of a sport in a season. */
    public Optional<SetRow> findFor(String season, String sport) {
        return jdbc.query("SELECT * FROM constraint_set WHERE season = ? AND sport = ?", SETS, season, sport).stream().findFirst();
    }

    /** The set with this id, locked against concurrent version numbering and activation. */
    public Optional<SetRow> lock(String id) {
        return jdbc.query("SELECT * FROM constraint_set WHERE id = ? FOR UPDATE", SETS, id).stream().findFirst();
    }

    /** All sets, optionally of one season and / or sport. */
    public List<SetRow> list(String season, String sport) {
        // typed conditions only: PostgreSQL cannot type a bare "? IS NULL"
        StringBuilder sql = new StringBuilder("SELECT * FROM constraint_set WHERE 1 = 1");
        List<Object> args = new java.util.ArrayList<>();
        if (season != null) {
            sql.append(" AND season = ?");
            args.add(season);
        }
        if (sport != null) {
            sql.append(" AND sport = ?");
            args.add(sport);
        }
        return jdbc.query(sql.append(" ORDER BY season, sport").toString(), SETS, args.toArray());
    }

    /** Inserts a version; the caller holds the set's lock and picked the next number. */
    public void insertVersion(String setId, int version, String document, String hash, String note) {
        jdbc.update("INSERT INTO constraint_set_version (set_id, version, document, content_hash, note, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                setId, version, document, hash, note, Timestamp.from(Instant.now()));
    }

    /** The highest version number of the set, 0 when it has none. */
    public int latestVersion(String setId) {
        Integer max = jdbc.queryForObject("SELECT MAX(version) FROM constraint_set_version WHERE set_id = ?", Integer.class, setId);
        return max == null ? 0 : max;
    }

    /** One version. */
    public Optional<VersionRow> version(String setId, int version) {
        return jdbc.query("SELECT * FROM constraint_set_version WHERE set_id = ? AND version = ?", VERSIONS, setId, version)
                .stream().findFirst();
    }

    /** Every version of the set, oldest first. */
    public List<VersionRow> versions(String setId) {
        return jdbc.query("SELECT * FROM constraint_set_version WHERE set_id = ? ORDER BY version", VERSIONS, setId);
    }

    /** Points the set at another version. */
    public void activate(String setId, int version) {
        jdbc.update("UPDATE constraint_set SET active_version = ?, updated_at = ? WHERE id = ?", version, Timestamp.from(Instant.now()), setId);
    }
}
