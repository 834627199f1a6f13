package org.flextime.scheduler.editing;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flextime.domain.Game;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The versions of a schedule in the scheduler's schema: each version's games, who made it, when and why, and the
 * editorial status with its changes. Version 1 is the generated draft; it is copied from the {@code game} table the
 * first time the schedule is edited (a schedule nobody edited has only that version, read from {@code game}).
 */
@Repository
public class VersionStore {

    /** The columns of a schedule editing needs. {@code state} is the generation's ({@code final} once generated). */
    public record Head(String id, String sport, String season, String state, int version, String status, Integer seasonVersion) {
    }

    /** One version's record, without its games. */
    public record Version(int version, String actor, Instant createdAt, String reason, Integer restored,
                          List<String> changed) {
    }

    /** One status change. */
    public record StatusChange(String from, String to, int version, String actor, Integer hardViolations,
                               String overrideReason, Instant at) {
    }

    private static final String GAME_COLUMNS = "id, game_date, home, away, venue, pinned, pin_reason, start_time";

    private final JdbcTemplate jdbc;

    /** Versions in the scheduler's schema. */
    public VersionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The schedule, read without a lock. */
    public Optional<Head> head(String id) {
        return jdbc.query("SELECT id, sport, season, state, version, status, season_version FROM schedule WHERE id = ?", VersionStore::head, id)
                .stream().findFirst();
    }

    /** The schedule, locked until the transaction ends, so two edits of it take turns. */
    public Optional<Head> lock(String id) {
        return jdbc.query("SELECT id, sport, season, state, version, status, season_version FROM schedule WHERE id = ? FOR UPDATE",
                VersionStore::head, id).stream().findFirst();
    }

    /** The current version's games in date order. */
    public List<ScheduledGame> current(String id) {
        return jdbc.query("SELECT " + GAME_COLUMNS + " FROM game WHERE schedule_id = ? ORDER BY game_date, id",
                VersionStore::game, id);
    }

    /**
     * How many times each game was changed where a calendar shows it (date, start, teams or venue; a pin is not such a change):
     * the number of versions whose copy of the game differs from the version before. Games never changed are absent.
     */
    public Map<String, Integer> revisions(String id) {
        Map<String, Integer> revisions = new HashMap<>();
        jdbc.query("SELECT id, COUNT(*) AS n FROM (SELECT id, game_date, home, away, COALESCE(venue, '') AS venue, "
                + "LAG(game_date) OVER (PARTITION BY id ORDER BY version) AS before_date, "
                + "LAG(home) OVER (PARTITION BY id ORDER BY version) AS before_home, "
                + "LAG(away) OVER (PARTITION BY id ORDER BY version) AS before_away, "
                + "LAG(COALESCE(venue, '')) OVER (PARTITION BY id ORDER BY version) AS before_venue, start_time, "
                + "LAG(start_time) OVER (PARTITION BY id ORDER BY version) AS before_start "
                + "FROM game_version WHERE schedule_id = ?) g WHERE before_date IS NOT NULL AND (game_date <> before_date "
                + "OR home <> before_home OR away <> before_away OR venue <> before_venue "
                + "OR start_time IS DISTINCT FROM before_start) GROUP BY id",
                rs -> {
                    revisions.put(rs.getString("id"), rs.getInt("n"));
                }, id);
        return revisions;
    }

    /** The games of one version in date order; empty when the schedule has no such version. */
    public List<ScheduledGame> games(String id, int version) {
        if (version == 1 && !hasVersions(id)) {
            return current(id);
        }
        return jdbc.query("SELECT " + GAME_COLUMNS + " FROM game_version WHERE schedule_id = ? AND version = ? "
                + "ORDER BY game_date, id", VersionStore::game, id, version);
    }

    /** Every version, oldest first (only version 1 for a schedule nobody edited). */
    public List<Version> versions(String id) {
        List<Version> stored = jdbc.query("SELECT version, actor, created_at, reason, restored, changed FROM schedule_version "
                + "WHERE schedule_id = ? ORDER BY version", VersionStore::version, id);
        return stored.isEmpty() ? List.of(generated(id)) : stored;
    }

    /** One version's record. */
    public Optional<Version> version(String id, int version) {
        return versions(id).stream().filter(v -> v.version() == version).findFirst();
    }

    /** Copies the generated games as version 1, unless the schedule already has its versions on record. */
    public void baseline(String id) {
        if (hasVersions(id)) {
            return;
        }
        Version v1 = generated(id);
        insertVersion(id, v1, current(id));
    }

    /**
     * Records a new version: its row, a copy of its games, the changed games in the current games, and the schedule's
     * version number. The caller holds the schedule's lock.
     */
    public void write(String id, Version version, List<ScheduledGame> games) {
        insertVersion(id, version, games);
        List<ScheduledGame> changed = games.stream().filter(g -> version.changed().contains(g.id())).toList();
        jdbc.batchUpdate("UPDATE game SET game_date = ?, home = ?, away = ?, venue = ?, pinned = ?, pin_reason = ?, "
                + "start_time = ? WHERE schedule_id = ? AND id = ?", changed, 200, (ps, g) -> {
                    ps.setDate(1, Date.valueOf(g.game().date()));
                    ps.setString(2, g.game().home());
                    ps.setString(3, g.game().away());
                    ps.setString(4, g.game().venue());
                    ps.setBoolean(5, g.pinned());
                    ps.setString(6, g.pinReason());
                    ps.setTime(7, time(g.game().start()));
                    ps.setString(8, id);
                    ps.setString(9, g.id());
                });
        jdbc.update("UPDATE schedule SET version = ?, updated_at = ? WHERE id = ?", version.version(),
                Timestamp.from(version.createdAt()), id);
    }

    /** Moves the schedule to another editorial status and records the change. */
    public void changeStatus(String id, StatusChange change) {
        jdbc.update("UPDATE schedule SET status = ?, updated_at = ? WHERE id = ?", change.to(), Timestamp.from(change.at()), id);
        Integer seq = jdbc.queryForObject("SELECT COALESCE(MAX(seq), 0) + 1 FROM schedule_status_change WHERE schedule_id = ?",
                Integer.class, id);
        jdbc.update("INSERT INTO schedule_status_change (schedule_id, seq, from_status, to_status, version, actor, "
                        + "hard_violations, override_reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, seq, change.from(), change.to(), change.version(), change.actor(), change.hardViolations(),
                change.overrideReason(), Timestamp.from(change.at()));
    }

    /** The latest status change, if the status ever changed. */
    public Optional<StatusChange> lastStatusChange(String id) {
        return jdbc.query("SELECT from_status, to_status, version, actor, hard_violations, override_reason, created_at "
                        + "FROM schedule_status_change WHERE schedule_id = ? ORDER BY seq DESC LIMIT 1",
                (rs, i) -> new StatusChange(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        (Integer) rs.getObject(5, Integer.class), rs.getString(6), rs.getTimestamp(7).toInstant()), id)
                .stream().findFirst();
    }

    private boolean hasVersions(String id) {
        return !jdbc.queryForList("SELECT version FROM schedule_version WHERE schedule_id = ? AND version = 1",
                Integer.class, id).isEmpty();
    }

    private Version generated(String id) {
        Instant created = jdbc.queryForObject("SELECT created_at FROM schedule WHERE id = ?", Timestamp.class, id).toInstant();
        return new Version(1, "scheduler", created, "generated", null, List.of());
    }

    private void insertVersion(String id, Version v, List<ScheduledGame> games) {
        jdbc.update("INSERT INTO schedule_version (schedule_id, version, actor, reason, restored, changed, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)", id, v.version(), v.actor(), v.reason(), v.restored(),
                String.join(",", v.changed()), Timestamp.from(v.createdAt()));
        jdbc.batchUpdate("INSERT INTO game_version (schedule_id, version, " + GAME_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                games, 200, (ps, g) -> {
                    ps.setString(1, id);
                    ps.setInt(2, v.version());
                    ps.setString(3, g.id());
                    ps.setDate(4, Date.valueOf(g.game().date()));
                    ps.setString(5, g.game().home());
                    ps.setString(6, g.game().away());
                    ps.setString(7, g.game().venue());
                    ps.setBoolean(8, g.pinned());
                    ps.setString(9, g.pinReason());
                    ps.setTime(10, time(g.game().start()));
                });
    }

    private static Head head(ResultSet rs, int row) throws SQLException {
        return new Head(rs.getString("id"), rs.getString("sport"), rs.getString("season"), rs.getString("state"),
                rs.getInt("version"), rs.getString("status"), (Integer) rs.getObject("season_version", Integer.class));
    }

    private static ScheduledGame game(ResultSet rs, int row) throws SQLException {
        return new ScheduledGame(new Game(rs.getString("id"), rs.getDate("game_date").toLocalDate(), rs.getString("home"),
                rs.getString("away"), rs.getString("venue"), start(rs)), rs.getBoolean("pinned"), rs.getString("pin_reason"));
    }

    /** The game's own start time of a row with {@code start_time}, null when none is set. */
    static LocalTime start(ResultSet rs) throws SQLException {
        Time t = rs.getTime("start_time");
        return t == null ? null : t.toLocalTime();
    }

    /** A start time as a SQL TIME, null for none. */
    static Time time(LocalTime start) {
        return start == null ? null : Time.valueOf(start);
    }

    private static Version version(ResultSet rs, int row) throws SQLException {
        String changed = rs.getString("changed");
        return new Version(rs.getInt("version"), rs.getString("actor"), rs.getTimestamp("created_at").toInstant(),
                rs.getString("reason"), (Integer) rs.getObject("restored", Integer.class),
                changed == null || changed.isEmpty() ? List.of() : List.of(changed.split(",")));
    }
}
