package org.flextime.conflicts.resolution;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flextime.conflicts.detection.AppliedProposals;
import org.flextime.contracts.api.ConflictStats;
import org.flextime.domain.Game;
import org.flextime.engine.conflicts.Family;
import org.flextime.engine.conflicts.resolution.ChangedGame;
import org.flextime.engine.conflicts.resolution.Effectiveness;
import org.flextime.engine.conflicts.resolution.Proposal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * The proposals offered, accepted and applied, and the strategies switched on or off, in the conflicts schema; what the
 * effectiveness statistics and the ranking read.
 */
@Repository
public class ProposalStore implements AppliedProposals {

    /** A stored proposal. */
    public record Stored(String id, String conflictId, String scheduleId, int version, String strategy, String family,
                         String explanation, List<ChangedGame> changes, long travelMiles, int quality, double score, String state,
                         Integer appliedVersion) {
    }

    // the games before and after, as the changes column holds them
    private record Change(Game before, Game after) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    /** The store over the conflicts schema. */
    public ProposalStore(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records a proposal as offered; one offered before (same id) keeps its state and takes the new score. */
    public void offer(String id, String conflictId, String scheduleId, int version, Family family, Proposal p, Instant at) {
        if (jdbc.update("UPDATE proposals SET score = ? WHERE id = ?", p.score(), id) > 0) {
            return;
        }
        String changes = json.writeValueAsString(p.changes().stream().map(c -> new Change(c.before(), c.after())).toList());
        jdbc.update("INSERT INTO proposals (id, conflict_id, schedule_id, version, strategy, family, explanation, changes, travel_miles,"
                        + " quality, score, state, offered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'offered', ?)",
                id, conflictId, scheduleId, version, p.strategy(), family.id(), p.explanation(), changes, p.travelMiles(), p.quality(),
                p.score(), Timestamp.from(at));
    }

    /** A proposal by id. */
    public Optional<Stored> find(String id) {
        return jdbc.query("SELECT * FROM proposals WHERE id = ?", (rs, i) -> new Stored(rs.getString("id"), rs.getString("conflict_id"),
                rs.getString("schedule_id"), rs.getInt("version"), rs.getString("strategy"), rs.getString("family"),
                rs.getString("explanation"), json.readValue(rs.getString("changes"), new TypeReference<List<Change>>() { }).stream()
                        .map(c -> new ChangedGame(c.before(), c.after())).toList(), rs.getLong("travel_miles"), rs.getInt("quality"),
                rs.getDouble("score"), rs.getString("state"), (Integer) rs.getObject("applied_version", Integer.class)), id)
                .stream().findFirst();
    }

    /**
     * Marks an offered proposal accepted, to become the schedule's {@code version}; false when it is not offered any more
     * (accepted or applied by another request).
     */
    public boolean accept(String id, int version) {
        return jdbc.update("UPDATE proposals SET state = 'accepted', applied_version = ? WHERE id = ? AND state = 'offered'",
                version, id) == 1;
    }

    /** Puts an accepted proposal back to offered: applying it failed. */
    public void release(String id) {
        jdbc.update("UPDATE proposals SET state = 'offered', applied_version = NULL WHERE id = ? AND state = 'accepted'", id);
    }

    /** Marks a proposal applied as the schedule's {@code version}. */
    public void applied(String id, int version) {
        jdbc.update("UPDATE proposals SET state = 'applied', applied_version = ? WHERE id = ?", version, id);
    }

    @Override
    public Optional<Applied> madeVersion(String scheduleId, int version) {
        return jdbc.query("SELECT id, strategy FROM proposals WHERE schedule_id = ? AND applied_version = ? AND state IN ('accepted', 'applied')",
                (rs, i) -> new Applied(rs.getString("id"), rs.getString("strategy")), scheduleId, version).stream().findFirst();
    }

    @Override
    public void introduced(String proposalId, int introduced) {
        jdbc.update("UPDATE proposals SET introduced = ? WHERE id = ?", introduced, proposalId);
    }

    /** Whether the strategy is switched on (a strategy never switched is). */
    public boolean enabled(String strategy) {
        return jdbc.queryForList("SELECT enabled FROM strategies WHERE name = ?", Boolean.class, strategy).stream().findFirst().orElse(true);
    }

    /** Switches a strategy on or off. */
    public void enable(String strategy, boolean enabled, Instant at) {
        if (jdbc.update("UPDATE strategies SET enabled = ?, changed_at = ? WHERE name = ?", enabled, Timestamp.from(at), strategy) == 0) {
            jdbc.update("INSERT INTO strategies (name, enabled, changed_at) VALUES (?, ?, ?)", strategy, enabled, Timestamp.from(at));
        }
    }

    /** Per strategy and family: offered, accepted, applied, and conflicts introduced by applied versions. */
    public List<ConflictStats.StrategyRow> stats() {
        return jdbc.query("SELECT strategy, family, COUNT(*) AS offered,"
                + " SUM(CASE WHEN state IN ('accepted', 'applied') THEN 1 ELSE 0 END) AS accepted,"
                + " SUM(CASE WHEN state = 'applied' THEN 1 ELSE 0 END) AS applied, SUM(introduced) AS introduced"
                + " FROM proposals GROUP BY strategy, family ORDER BY strategy, family",
                (rs, i) -> new ConflictStats.StrategyRow(rs.getString("strategy"), rs.getString("family"), rs.getInt("offered"),
                        rs.getInt("accepted"), rs.getInt("applied"), rs.getInt("introduced")));
    }

    /**
     * Each strategy's record per family: the share of its applied proposals whose version brought no new conflict,
     * shrunk towards 0 while it has few ({@code applied / (applied + 1)}), so one lucky proposal does not outrank a long
     * good record.
     */
    public Effectiveness effectiveness() {
        Map<String, Double> record = new HashMap<>();
        jdbc.query("SELECT strategy, family, SUM(CASE WHEN state = 'applied' THEN 1 ELSE 0 END) AS applied,"
                + " SUM(CASE WHEN state = 'applied' AND introduced = 0 THEN 1 ELSE 0 END) AS clean FROM proposals GROUP BY strategy, family",
                rs -> {
                    int applied = rs.getInt("applied");
                    if (applied > 0) {
                        record.put(rs.getString("strategy") + "|" + rs.getString("family"),
                                rs.getInt("clean") / (double) applied * applied / (applied + 1.0));
                    }
                });
        return (strategy, family) -> record.getOrDefault(strategy + "|" + family.id(), 0.0);
    }
}
