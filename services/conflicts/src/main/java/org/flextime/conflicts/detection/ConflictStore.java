package org.flextime.conflicts.detection;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.flextime.engine.conflicts.ConflictSeverity;
import org.flextime.engine.conflicts.Family;
import org.flextime.engine.conflicts.ScheduleConflict;
import org.flextime.contracts.api.ConflictStats;
import org.flextime.contracts.api.ConflictView;
import org.flextime.domain.Game;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * The conflicts schema: conflicts with their life (open, resolved by which version and how), how far detection has got
 * on each schedule, and every sport's current games of a season.
 */
@Repository
public class ConflictStore {

    /** A stored open conflict: its id and what was found. */
    public record Open(String id, ScheduleConflict conflict) {
    }

    /** A stored conflict of any state, with its schedule. */
    public record Stored(String id, String scheduleId, String state, ScheduleConflict conflict) {
    }

    /**
     * The latest version of a schedule detection has run on: its sport and season, the season version it was built from
     * (null: the bundled season), its games and its pinned games.
     */
    public record ScheduleState(String scheduleId, String sport, String season, Integer seasonVersion, int version,
                                List<Game> games, Set<String> pinned) {
    }

    private static final String RESOLVED_BY = "(SELECT r.method || ' by ' || r.actor || ' in version ' || r.version "
            + "FROM resolutions r WHERE r.conflict_id = c.id)";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    /** The store over the conflicts schema. */
    public ConflictStore(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The schedule's open conflicts. */
    public List<Open> open(String scheduleId) {
        return jdbc.query("SELECT * FROM conflicts WHERE schedule_id = ? AND state = 'open'",
                (rs, i) -> new Open(rs.getString("id"), conflict(rs)), scheduleId);
    }

    /** Stores newly found conflicts, open, in one batch: detection answers every edit, so its round trips count. */
    public void insert(List<Open> found, String scheduleId, String sport, String season, int version, Instant at) {
        if (found.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO conflicts (id, schedule_id, sport, season, fingerprint, kind, family, severity, subject, conflict_date,"
                        + " game_ids, parties, explanation, source, state, detected_version, detected_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)",
                found.stream().map(o -> {
                    ScheduleConflict c = o.conflict();
                    return new Object[] {o.id(), scheduleId, sport, season, c.fingerprint(), c.kind(), c.family().id(), c.severity().id(),
                            c.subject(), Date.valueOf(c.date()), String.join(",", c.gameIds()), String.join("|", c.parties()),
                            c.explanation(), c.source(), version, Timestamp.from(at)};
                }).toList());
    }

    /** Marks conflicts resolved in {@code version} and records how, in one batch each. */
    public void resolve(List<String> ids, String scheduleId, int version, String method, String actor, String reason, Instant at) {
        if (ids.isEmpty()) {
            return;
        }
        Timestamp when = Timestamp.from(at);
        jdbc.batchUpdate("UPDATE conflicts SET state = 'resolved', resolved_version = ?, resolved_at = ? WHERE id = ?",
                ids.stream().map(id -> new Object[] {version, when, id}).toList());
        jdbc.batchUpdate("INSERT INTO resolutions (conflict_id, schedule_id, version, actor, method, reason, resolved_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", ids.stream().map(id -> new Object[] {id, scheduleId, version, actor, method, reason, when})
                .toList());
    }

    /** Forgets a schedule's conflicts (a failed creation saga's compensation). */
    public void forget(String scheduleId) {
        jdbc.update("DELETE FROM resolutions WHERE schedule_id = ?", scheduleId);
        jdbc.update("DELETE FROM conflicts WHERE schedule_id = ?", scheduleId);
        jdbc.update("DELETE FROM detection WHERE schedule_id = ?", scheduleId);
        jdbc.update("DELETE FROM season_games WHERE schedule_id = ?", scheduleId);
        jdbc.update("DELETE FROM proposals WHERE schedule_id = ?", scheduleId);
    }

    /** The latest version detection has run on, if any. */
    public Optional<Integer> detectedVersion(String scheduleId) {
        return jdbc.queryForList("SELECT version FROM detection WHERE schedule_id = ?", Integer.class, scheduleId).stream().findFirst();
    }

    /** Records that detection has run on this version, with its games, pins and the season version it is judged by. */
    public void detected(ScheduleState s, Instant at) {
        String games = json.writeValueAsString(s.games());
        String pinned = String.join(",", new TreeSet<>(s.pinned()));
        if (jdbc.update("UPDATE detection SET version = ?, detected_at = ?, season_version = ?, games = ?, pinned = ? WHERE schedule_id = ?",
                s.version(), Timestamp.from(at), s.seasonVersion(), games, pinned, s.scheduleId()) == 0) {
            jdbc.update("INSERT INTO detection (schedule_id, sport, season, version, detected_at, season_version, games, pinned)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", s.scheduleId(), s.sport(), s.season(), s.version(), Timestamp.from(at),
                    s.seasonVersion(), games, pinned);
        }
    }

    /** The latest version of the schedule detection has run on, if any. */
    public Optional<ScheduleState> state(String scheduleId) {
        return jdbc.query("SELECT * FROM detection WHERE schedule_id = ?", (rs, i) -> {
            String games = rs.getString("games");
            String pinned = rs.getString("pinned");
            return new ScheduleState(scheduleId, rs.getString("sport"), rs.getString("season"),
                    (Integer) rs.getObject("season_version", Integer.class), rs.getInt("version"),
                    games == null ? List.of() : json.readValue(games, new TypeReference<List<Game>>() { }),
                    pinned == null || pinned.isEmpty() ? Set.of() : Set.of(pinned.split(",")));
        }, scheduleId).stream().findFirst();
    }

    /** The season version the schedule was built from, as its latest detection recorded it (null: none recorded). */
    public Optional<Integer> seasonVersion(String scheduleId) {
        return jdbc.query("SELECT season_version FROM detection WHERE schedule_id = ?",
                (rs, i) -> (Integer) rs.getObject("season_version", Integer.class), scheduleId).stream().filter(java.util.Objects::nonNull)
                .findFirst();
    }

    /** Keeps a season document the saga carried (a version is immutable: the first copy stays). */
    public void seasonDocument(String season, int version, String document) {
        if (seasonDocument(season, version).isEmpty()) {
            jdbc.update("INSERT INTO season_documents (season, version, document) VALUES (?, ?, ?)", season, version, document);
        }
    }

    /** A kept season document. */
    public Optional<String> seasonDocument(String season, int version) {
        return jdbc.queryForList("SELECT document FROM season_documents WHERE season = ? AND version = ?", String.class, season,
                version).stream().findFirst();
    }

    /** A conflict by id. */
    public Optional<Stored> conflict(String id) {
        return jdbc.query("SELECT * FROM conflicts WHERE id = ?", (rs, i) -> new Stored(rs.getString("id"), rs.getString("schedule_id"),
                rs.getString("state"), conflict(rs)), id).stream().findFirst();
    }

    /** The current games of every sport of the season (the last schedule of each seen changing). */
    public Map<String, List<Game>> seasonGames(String season) {
        Map<String, List<Game>> out = new TreeMap<>();
        jdbc.query("SELECT sport, games FROM season_games WHERE season = ?", rs -> {
            out.put(rs.getString("sport"), json.readValue(rs.getString("games"), new TypeReference<List<Game>>() { }));
        }, season);
        return out;
    }

    /** Makes these games the sport's current games of the season. */
    public void seasonGames(String season, String sport, String scheduleId, int version, List<Game> games, Instant at) {
        String text = json.writeValueAsString(games);
        if (jdbc.update("UPDATE season_games SET schedule_id = ?, version = ?, games = ?, updated_at = ? WHERE season = ? AND sport = ?",
                scheduleId, version, text, Timestamp.from(at), season, sport) == 0) {
            jdbc.update("INSERT INTO season_games (season, sport, schedule_id, version, games, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                    season, sport, scheduleId, version, text, Timestamp.from(at));
        }
    }

    /** The schedule's conflicts, filtered by severity and state when given, by date then severity. */
    public List<ConflictView> list(String scheduleId, String severity, String state) {
        StringBuilder sql = new StringBuilder("SELECT c.*, " + RESOLVED_BY + " AS resolved_by FROM conflicts c WHERE c.schedule_id = ?");
        List<Object> args = new ArrayList<>(List.of(scheduleId));
        if (severity != null) {
            sql.append(" AND c.severity = ?");
            args.add(severity);
        }
        if (state != null) {
            sql.append(" AND c.state = ?");
            args.add(state);
        }
        sql.append(" ORDER BY c.conflict_date, c.family, c.subject, c.kind, c.id");
        return jdbc.query(sql.toString(), (rs, i) -> {
            ScheduleConflict c = conflict(rs);
            Timestamp resolvedAt = rs.getTimestamp("resolved_at");
            return new ConflictView(rs.getString("id"), scheduleId, c.kind(), c.family().id(), c.severity().id(), rs.getString("state"),
                    c.subject(), c.date(), c.gameIds(), c.parties(), c.explanation(), c.source(), rs.getInt("detected_version"),
                    rs.getTimestamp("detected_at").toInstant(), (Integer) rs.getObject("resolved_version", Integer.class),
                    resolvedAt == null ? null : resolvedAt.toInstant(), rs.getString("resolved_by"));
        }, args.toArray());
    }

    /** Conflicts per family and severity: found, open, resolved, and how they were resolved. */
    public List<ConflictStats.Row> stats() {
        Map<String, Map<String, Integer>> methods = new TreeMap<>();
        jdbc.query("SELECT c.family, c.severity, r.method, COUNT(*) AS n FROM conflicts c JOIN resolutions r ON r.conflict_id = c.id "
                + "GROUP BY c.family, c.severity, r.method", rs -> {
                    methods.computeIfAbsent(rs.getString("family") + "|" + rs.getString("severity"), k -> new TreeMap<>())
                            .put(rs.getString("method"), rs.getInt("n"));
                });
        return jdbc.query("SELECT family, severity, COUNT(*) AS detected, SUM(CASE WHEN state = 'open' THEN 1 ELSE 0 END) AS open_count "
                        + "FROM conflicts GROUP BY family, severity ORDER BY family, severity",
                (rs, i) -> {
                    int detected = rs.getInt("detected");
                    int open = rs.getInt("open_count");
                    Map<String, Integer> by = methods.getOrDefault(rs.getString("family") + "|" + rs.getString("severity"), Map.of());
                    return new ConflictStats.Row(rs.getString("family"), rs.getString("severity"), detected, open, detected - open, by);
                });
    }

    private static ScheduleConflict conflict(ResultSet rs) throws SQLException {
        String games = rs.getString("game_ids");
        String parties = rs.getString("parties");
        return new ScheduleConflict(rs.getString("kind"), Family.valueOf(rs.getString("family").toUpperCase(java.util.Locale.ROOT)),
                ConflictSeverity.parse(rs.getString("severity")).orElseThrow(), rs.getString("subject"),
                rs.getDate("conflict_date").toLocalDate(), games.isEmpty() ? List.of() : List.of(games.split(",")),
                parties.isEmpty() ? List.of() : List.of(parties.split("\\|")), rs.getString("explanation"), rs.getString("source"));
    }
}
