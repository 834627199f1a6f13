package org.flextime.scheduler.persistence;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Persisted saga state, so a restart resumes every saga where it stood. */
@Repository
public class Sagas {

    /** A saga's row. */
    public record Saga(String id, String scheduleId, String state, String step, Instant deadline, String correlationId,
                       String originEventId, String traceparent) {
    }

    /** A step's row: the compensation it recorded and how far it got. */
    public record Step(String step, int seq, String status, String compensation) {
    }

    private final JdbcTemplate jdbc;

    /** The saga tables of the scheduler's schema. */
    public Sagas(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new running saga at its first step. */
    public void insert(String id, String scheduleId, String step, Instant deadline, String correlationId, String traceparent) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("INSERT INTO saga (id, schedule_id, state, step, step_deadline, correlation_id, traceparent, created_at, updated_at) "
                + "VALUES (?, ?, 'running', ?, ?, ?, ?, ?, ?)", id, scheduleId, step, Timestamp.from(deadline), correlationId, traceparent,
                now, now);
    }

    /** Hands the first step to the job queue: no deadline (the job's budget bounds it), and the event that started it. */
    public void queued(String id, String originEventId) {
        jdbc.update("UPDATE saga SET step_deadline = NULL, origin_event_id = ?, updated_at = ? WHERE id = ?",
                originEventId, Timestamp.from(Instant.now()), id);
    }

    /** Sets the deadline of a running saga's current step. */
    public void deadline(String id, Instant deadline) {
        jdbc.update("UPDATE saga SET step_deadline = ?, updated_at = ? WHERE id = ? AND state = 'running'",
                Timestamp.from(deadline), Timestamp.from(Instant.now()), id);
    }

    /** The saga, locked for this transaction so concurrent replies and the timeout sweep take turns. */
    public Optional<Saga> lock(String id) {
        return jdbc.query("SELECT * FROM saga WHERE id = ? FOR UPDATE", (rs, i) -> new Saga(rs.getString("id"),
                rs.getString("schedule_id"), rs.getString("state"), rs.getString("step"),
                rs.getTimestamp("step_deadline") == null ? null : rs.getTimestamp("step_deadline").toInstant(),
                rs.getString("correlation_id"), rs.getString("origin_event_id"), rs.getString("traceparent")), id).stream().findFirst();
    }

    /** Moves a running saga to its next step with a new deadline. */
    public void advance(String id, String step, Instant deadline) {
        jdbc.update("UPDATE saga SET step = ?, step_deadline = ?, updated_at = ? WHERE id = ?",
                step, Timestamp.from(deadline), Timestamp.from(Instant.now()), id);
    }

    /** Ends a saga. */
    public void end(String id, String state, String failedStep, String reason) {
        jdbc.update("UPDATE saga SET state = ?, step_deadline = NULL, failed_step = ?, reason = ?, updated_at = ? WHERE id = ?",
                state, failedStep, reason, Timestamp.from(Instant.now()), id);
    }

    /** Records a step and its compensation before the step runs. */
    public void stepStarted(String sagaId, String step, int seq, String compensation) {
        jdbc.update("INSERT INTO saga_step (saga_id, step, seq, status, compensation, started_at) VALUES (?, ?, ?, 'started', ?, ?)",
                sagaId, step, seq, compensation, Timestamp.from(Instant.now()));
    }

    /** Records a step that does not apply to the saga's problem, and why: it runs nothing and has nothing to undo. */
    public void stepSkipped(String sagaId, String step, int seq, String reason) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("INSERT INTO saga_step (saga_id, step, seq, status, compensation, started_at, ended_at, note) "
                + "VALUES (?, ?, ?, 'skipped', NULL, ?, ?, ?)", sagaId, step, seq, now, now, reason);
    }

    /** Marks a step done or compensated. */
    public void stepStatus(String sagaId, String step, String status) {
        jdbc.update("UPDATE saga_step SET status = ?, ended_at = ? WHERE saga_id = ? AND step = ?",
                status, Timestamp.from(Instant.now()), sagaId, step);
    }

    /** The saga's steps, latest first: the order compensations run in. */
    public List<Step> stepsNewestFirst(String sagaId) {
        return jdbc.query("SELECT step, seq, status, compensation FROM saga_step WHERE saga_id = ? ORDER BY seq DESC",
                (rs, i) -> new Step(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)), sagaId);
    }

    /** Running sagas whose current step is past its deadline. */
    public List<String> overdue(Instant now) {
        return jdbc.queryForList("SELECT id FROM saga WHERE state = 'running' AND step_deadline < ?", String.class, Timestamp.from(now));
    }

    /** Gives every running saga a fresh deadline: after a restart the time spent down is not the step's fault. */
    public int resumeAll(Duration timeout) {
        return jdbc.update("UPDATE saga SET step_deadline = ?, updated_at = ? WHERE state = 'running' AND step_deadline IS NOT NULL",
                Timestamp.from(Instant.now().plus(timeout)), Timestamp.from(Instant.now()));
    }
}
