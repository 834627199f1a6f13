package org.flextime.scheduler.persistence;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.flextime.contracts.api.JobView;
import org.flextime.platform.security.Actor;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The job table: what a client polls, and the queue the workers draw from. */
@Repository
public class Jobs {

    private final JdbcTemplate jdbc;
    /** Whether the schema is on PostgreSQL, asked once. */
    private volatile Boolean postgres;

    /** The job table of the scheduler's schema. */
    public Jobs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new queued job, requested by the user acting now (the token's subject), if one is known. */
    public void insert(String id, String idempotencyKey, String scheduleId, String sport, String season, String options,
                       int budgetSeconds, String state) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("INSERT INTO job (id, idempotency_key, state, step, schedule_id, sport, season, options, budget_seconds, "
                        + "created_at, updated_at, requested_by) VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, idempotencyKey, state, scheduleId, sport, season, options, budgetSeconds, now, now, Actor.current().orElse(null));
    }

    /**
     * Holds {@code requester}'s job-limit lock until the current transaction ends, so that counting their active jobs
     * and storing a new one is one step for every scheduler replica: on PostgreSQL a transaction-level advisory lock.
     * The embedded database serves one process, whose own lock ({@code RequesterLocks}) already does it.
     */
    public void holdRequester(String requester) {
        if (postgres()) {
            jdbc.query("SELECT pg_advisory_xact_lock(?)", (ResultSet rs) -> null, lockKey(requester));
        }
    }

    private boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            known = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) c ->
                    c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")));
            postgres = known;
        }
        return known;
    }

    /** The advisory lock's 64-bit key: the start of a SHA-256 of the user, apart from any other lock's. */
    static long lockKey(String requester) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("job-limit:" + requester).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** How many of {@code requester}'s jobs are queued or running. */
    public int activeFor(String requester) {
        Integer active = jdbc.queryForObject("SELECT COUNT(*) FROM job WHERE requested_by = ? AND state IN ('queued', 'running')",
                Integer.class, requester);
        return active == null ? 0 : active;
    }

    /** Records which engine the job goes to and why, and the subset of teams it schedules (null: all). */
    public void engine(String id, String engine, String reason, List<String> teams) {
        jdbc.update("UPDATE job SET engine = ?, engine_reason = ?, teams = ? WHERE id = ?",
                engine, reason, teams == null ? null : String.join(",", teams), id);
    }

    /** The job with this id. */
    public Optional<JobView> find(String id) {
        return jdbc.query("SELECT * FROM job WHERE id = ?", this::view, id).stream().findFirst();
    }

    /** The job an idempotency key created, if any. */
    public Optional<JobView> findByKey(String key) {
        return jdbc.query("SELECT * FROM job WHERE idempotency_key = ?", this::view, key).stream().findFirst();
    }

    /** The options the job was requested with (JSON), if any. */
    public Optional<String> options(String id) {
        return jdbc.queryForList("SELECT options FROM job WHERE id = ?", String.class, id).stream()
                .filter(java.util.Objects::nonNull).findFirst();
    }

    /** Moves a job to a new state and step. */
    public void update(String id, String state, String step, String error) {
        jdbc.update("UPDATE job SET state = ?, step = ?, error = ?, updated_at = ? WHERE id = ?",
                state, step, error, Timestamp.from(Instant.now()), id);
    }

    /** Oldest queued jobs waiting for the engine, first come first served. */
    public List<String> queued(int limit) {
        return jdbc.queryForList("SELECT id FROM job WHERE state = 'queued' AND step = 'createDraft' AND cancel_requested = FALSE "
                + "ORDER BY created_at LIMIT ?", String.class, limit);
    }

    /** Claims a queued job for a worker; false when another worker was faster. */
    public boolean claim(String id, String worker) {
        Timestamp now = Timestamp.from(Instant.now());
        return jdbc.update("UPDATE job SET state = 'running', worker = ?, heartbeat_at = ?, attempts = attempts + 1, updated_at = ? "
                + "WHERE id = ? AND state = 'queued'", worker, now, now, id) == 1;
    }

    /** Keeps a claim alive. */
    public void heartbeat(String id, String worker) {
        jdbc.update("UPDATE job SET heartbeat_at = ? WHERE id = ? AND worker = ?", Timestamp.from(Instant.now()), id, worker);
    }

    /** Records the engine's progress. */
    public void progress(String id, long elapsedMillis, Integer bestHard, Long bestSoft) {
        jdbc.update("UPDATE job SET elapsed_millis = ?, best_hard = ?, best_soft = ?, updated_at = ? WHERE id = ?",
                elapsedMillis, bestHard, bestSoft, Timestamp.from(Instant.now()), id);
    }

    /** Records which constraint set and version the job's draft was optimized against (both null: the default set). */
    public void builtWith(String id, String constraintSetId, Integer constraintSetVersion) {
        jdbc.update("UPDATE job SET constraint_set_id = ?, constraint_set_version = ?, updated_at = ? WHERE id = ?",
                constraintSetId, constraintSetVersion, Timestamp.from(Instant.now()), id);
    }

    /** Records the version of the sport's constraint set a request named, to draft and validate with. */
    public void requestConstraintSetVersion(String id, int version) {
        jdbc.update("UPDATE job SET requested_constraint_set_version = ? WHERE id = ?", version, id);
    }

    /** The constraint set version the request named (null: the sport's active set). */
    public Integer requestedConstraintSetVersion(String id) {
        return jdbc.queryForObject("SELECT requested_constraint_set_version FROM job WHERE id = ?", Integer.class, id);
    }

    /** Records the season version the job's schedule is built from. */
    public void builtFromSeason(String id, int seasonVersion) {
        jdbc.update("UPDATE job SET season_version = ? WHERE id = ?", seasonVersion, id);
    }

    /** Asks a job to stop. */
    public void requestCancel(String id) {
        jdbc.update("UPDATE job SET cancel_requested = TRUE, updated_at = ? WHERE id = ?", Timestamp.from(Instant.now()), id);
    }

    /** Whether the job was asked to stop. */
    public boolean cancelRequested(String id) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT cancel_requested FROM job WHERE id = ?", Boolean.class, id));
    }

    /** Whether the job was asked to stop, or is no longer running (its saga ended it meanwhile). */
    public boolean stopRequested(String id) {
        return jdbc.queryForList("SELECT id FROM job WHERE id = ? AND (cancel_requested = TRUE OR state <> 'running')", String.class, id)
                .size() == 1;
    }

    /**
     * Drafting jobs that were cancelled while no worker had them: their worker stopped beating, or
     * (before the sweep knew better) they were put back in the queue the workers skip them in.
     */
    public List<String> orphanedCancels(Duration silence) {
        return jdbc.queryForList("SELECT id FROM job WHERE step = 'createDraft' AND cancel_requested = TRUE AND (state = 'queued' "
                        + "OR (state = 'running' AND (heartbeat_at IS NULL OR heartbeat_at < ?))) ORDER BY created_at LIMIT 100",
                String.class, Timestamp.from(Instant.now().minus(silence)));
    }

    /** Drafting jobs whose worker stopped beating on their last allowed attempt. */
    public List<String> orphansOutOfAttempts(Duration silence, int maxAttempts) {
        return jdbc.queryForList("SELECT id FROM job WHERE state = 'running' AND step = 'createDraft' AND attempts >= ? "
                        + "AND (heartbeat_at IS NULL OR heartbeat_at < ?) ORDER BY created_at LIMIT 100",
                String.class, maxAttempts, Timestamp.from(Instant.now().minus(silence)));
    }

    /** Puts jobs whose worker stopped beating back in the queue, unless cancelled or out of attempts; returns how many. */
    public int requeueStale(Duration silence, int maxAttempts) {
        return jdbc.update("UPDATE job SET state = 'queued', worker = NULL, updated_at = ? "
                        + "WHERE state = 'running' AND step = 'createDraft' AND cancel_requested = FALSE AND attempts < ? "
                        + "AND (heartbeat_at IS NULL OR heartbeat_at < ?)",
                Timestamp.from(Instant.now()), maxAttempts, Timestamp.from(Instant.now().minus(silence)));
    }

    /** A job row as the API shows it, with the saga steps its problem skips. */
    JobView view(ResultSet rs, int row) throws SQLException {
        return new JobView(rs.getString("id"), rs.getString("state"), rs.getString("step"), rs.getString("schedule_id"),
                rs.getString("error"), rs.getString("sport"), rs.getString("season"), rs.getInt("budget_seconds"),
                new JobView.Progress(rs.getLong("elapsed_millis"), (Integer) rs.getObject("best_hard", Integer.class),
                        (Long) rs.getObject("best_soft", Long.class)),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getString("constraint_set_id") == null ? null
                        : new JobView.ConstraintSetRef(rs.getString("constraint_set_id"), rs.getInt("constraint_set_version")),
                (Integer) rs.getObject("season_version", Integer.class),
                rs.getString("engine"), rs.getString("engine_reason"),
                rs.getString("teams") == null ? null : List.of(rs.getString("teams").split(",")),
                jdbc.query("SELECT step, note FROM saga_step WHERE saga_id = ? AND status = 'skipped' ORDER BY seq",
                        (s, i) -> new JobView.SkippedStep(s.getString(1), s.getString(2)), rs.getString("id")));
    }
}
