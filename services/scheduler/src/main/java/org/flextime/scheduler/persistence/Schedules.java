package org.flextime.scheduler.persistence;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.flextime.contracts.api.GameView;
import org.flextime.contracts.api.ScheduleSummary;
import org.flextime.domain.Game;
import org.flextime.domain.GameStarts;
import org.flextime.domain.QualityInputs;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Schedules and their games. */
@Repository
public class Schedules {

    private final JdbcTemplate jdbc;

    /** The schedule tables of the scheduler's schema. */
    public Schedules(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a draft and its games. */
    public void insertDraft(String id, String jobId, String sport, String season, List<Game> games, double homeAwayImbalance) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("INSERT INTO schedule (id, job_id, sport, season, state, games, home_away_imbalance, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, 'draft', ?, ?, ?, ?)", id, jobId, sport, season, games.size(), homeAwayImbalance, now, now);
        jdbc.batchUpdate("INSERT INTO game (schedule_id, id, game_date, home, away, venue, start_time) VALUES (?, ?, ?, ?, ?, ?, ?)",
                games, 200, (ps, g) -> {
                    ps.setString(1, id);
                    ps.setString(2, g.id());
                    ps.setDate(3, Date.valueOf(g.date()));
                    ps.setString(4, g.home());
                    ps.setString(5, g.away());
                    ps.setString(6, g.venue());
                    ps.setTime(7, g.start() == null ? null : Time.valueOf(g.start()));
                });
    }

    /** Records the season version the schedule was built from. */
    public void builtFromSeason(String id, Integer seasonVersion) {
        jdbc.update("UPDATE schedule SET season_version = ? WHERE id = ?", seasonVersion, id);
    }

    /** Removes a draft and its games (compensation of createDraft); true when something was there. */
    public boolean delete(String id) {
        jdbc.update("DELETE FROM game WHERE schedule_id = ?", id);
        return jdbc.update("DELETE FROM schedule WHERE id = ?", id) > 0;
    }

    /**
     * Puts the travel step's changed games in a draft (still version 1: the draft is not final) with the home/away
     * imbalance of its games as they now are; nothing happens to a schedule that is no longer a draft.
     */
    public void replaceDraftGames(String id, List<Game> changed) {
        if (jdbc.queryForList("SELECT id FROM schedule WHERE id = ? AND state = 'draft'", String.class, id).isEmpty()) {
            return;
        }
        jdbc.batchUpdate("UPDATE game SET game_date = ?, home = ?, away = ?, venue = ?, start_time = ? WHERE schedule_id = ? AND id = ?",
                changed, 200, (ps, g) -> {
                    ps.setDate(1, Date.valueOf(g.date()));
                    ps.setString(2, g.home());
                    ps.setString(3, g.away());
                    ps.setString(4, g.venue());
                    ps.setTime(5, g.start() == null ? null : Time.valueOf(g.start()));
                    ps.setString(6, id);
                    ps.setString(7, g.id());
                });
        List<Game> games = games(id).stream().map(g -> new Game(g.id(), g.date(), g.home(), g.away(), g.venue(),
                GameStarts.parse(g.start()))).toList();
        jdbc.update("UPDATE schedule SET home_away_imbalance = ?, updated_at = ? WHERE id = ?",
                QualityInputs.homeAwayImbalance(games), Timestamp.from(Instant.now()), id);
    }

    /** Records one figure a saga step produced. */
    public void record(String id, String column, Object value) {
        if (!List.of("hard_violations", "soft_penalty", "conflicts", "travel_miles", "travel_cost", "quality").contains(column)) {
            throw new IllegalArgumentException("not a schedule figure: " + column);
        }
        jdbc.update("UPDATE schedule SET " + column + " = ?, updated_at = ? WHERE id = ?", value, Timestamp.from(Instant.now()), id);
    }

    /** Marks the schedule final. */
    public void finalizeSchedule(String id) {
        jdbc.update("UPDATE schedule SET state = 'final', updated_at = ? WHERE id = ?", Timestamp.from(Instant.now()), id);
    }

    /**
     * The games of the latest completed (final) schedule of a sport and season, if any: what a paired sport's
     * optimization reads as its companion schedule (men's basketball for women's, football for volleyball).
     */
    public Optional<List<Game>> latestFinalGames(String sport, String season) {
        List<String> ids = jdbc.queryForList("SELECT id FROM schedule WHERE sport = ? AND season = ? AND state = 'final' "
                + "ORDER BY updated_at DESC, id DESC LIMIT 1", String.class, sport, season);
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(jdbc.query("SELECT id, game_date, home, away, venue, start_time FROM game WHERE schedule_id = ? "
                + "ORDER BY game_date, id", (rs, i) -> new Game(rs.getString("id"), rs.getDate("game_date").toLocalDate(),
                        rs.getString("home"), rs.getString("away"), rs.getString("venue"), start(rs.getTime("start_time"))), ids.get(0)));
    }

    /** The schedule's summary. */
    public Optional<ScheduleSummary> find(String id) {
        return jdbc.query("SELECT * FROM schedule WHERE id = ?", (rs, i) -> new ScheduleSummary(
                rs.getString("id"), rs.getString("sport"), rs.getString("season"), rs.getString("state"), rs.getInt("games"),
                (Integer) rs.getObject("hard_violations", Integer.class), (Integer) rs.getObject("soft_penalty", Integer.class),
                (Integer) rs.getObject("conflicts", Integer.class), (Double) rs.getObject("travel_miles", Double.class),
                (Double) rs.getObject("quality", Double.class), rs.getInt("version"), rs.getString("status"),
                (Integer) rs.getObject("season_version", Integer.class)), id)
                .stream().findFirst();
    }

    /** The home/away imbalance stored with the draft. */
    public double homeAwayImbalance(String id) {
        return jdbc.queryForObject("SELECT home_away_imbalance FROM schedule WHERE id = ?", Double.class, id);
    }

    /** The travel cost the travel step recorded for the schedule (dollars in miles' worth), null if it recorded none. */
    public Double travelCost(String id) {
        return jdbc.queryForObject("SELECT travel_cost FROM schedule WHERE id = ?", Double.class, id);
    }

    /** The schedule's games in date order. */
    public List<GameView> games(String id) {
        return jdbc.query("SELECT id, game_date, home, away, venue, start_time FROM game WHERE schedule_id = ? "
                + "ORDER BY game_date, id", (rs, i) -> new GameView(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3),
                        rs.getString(4), rs.getString(5), GameStarts.text(start(rs.getTime(6)))), id);
    }

    private static LocalTime start(Time t) {
        return t == null ? null : t.toLocalTime();
    }
}
