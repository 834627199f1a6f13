package org.flextime.scheduler.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.flextime.contracts.api.JobView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The job table: what a client polls. */
@Repository
public class Jobs {

    private final JdbcTemplate jdbc;

    Jobs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new queued job. */
    public void insert(String id, String idempotencyKey, String scheduleId, String sport, String season, String options, String state) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("INSERT INTO job (id, idempotency_key, state, step, schedule_id, sport, season, options, created_at, updated_at) "
                + "VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?)", id, idempotencyKey, state, scheduleId, sport, season, options, now, now);
    }

    /** The job with this id. */
    public Optional<JobView> find(String id) {
        return jdbc.query("SELECT * FROM job WHERE id = ?", Jobs::view, id).stream().findFirst();
    }

    /** The job an idempotency key created, if any. */
    public Optional<JobView> findByKey(String key) {
        return jdbc.query("SELECT * FROM job WHERE idempotency_key = ?", Jobs::view, key).stream().findFirst();
    }

    /** Moves a job to a new state and step. */
    public void update(String id, String state, String step, String error) {
        jdbc.update("UPDATE job SET state = ?, step = ?, error = ?, updated_at = ? WHERE id = ?",
                state, step, error, Timestamp.from(Instant.now()), id);
    }

    private static JobView view(ResultSet rs, int row) throws SQLException {
        return new JobView(rs.getString("id"), rs.getString("state"), rs.getString("step"), rs.getString("schedule_id"),
                rs.getString("error"), rs.getString("sport"), rs.getString("season"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
