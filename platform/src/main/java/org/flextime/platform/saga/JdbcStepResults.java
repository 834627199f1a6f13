package org.flextime.platform.saga;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Step results kept as JSON in the service's own {@code step_result} table (one shape in every schema), with columns
 * {@code saga_id, schedule_id, status ('done' | 'cleared'), result, reason, created_at, updated_at}.
 */
public class JdbcStepResults implements StepResults {

    private static final String TABLE = "step_result";

    private final JdbcTemplate jdbc;

    /** Results in the {@code step_result} table of the service's schema. */
    public JdbcStepResults(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a saga's result (a redelivered command finds the row and changes nothing). */
    public void save(String sagaId, String scheduleId, String resultJson) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("INSERT INTO " + TABLE + " (saga_id, schedule_id, status, result, created_at, updated_at) "
                + "VALUES (?, ?, 'done', ?, ?, ?) ON CONFLICT DO NOTHING", sagaId, scheduleId, resultJson, now, now);
    }

    /** The live result for a schedule, as JSON. */
    public Optional<String> forSchedule(String scheduleId) {
        return jdbc.queryForList("SELECT result FROM " + TABLE + " WHERE schedule_id = ? AND status = 'done' ORDER BY created_at DESC",
                String.class, scheduleId).stream().findFirst();
    }

    /** How many rows (live or cleared) a saga has: never more than one. */
    public int rows(String sagaId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + TABLE + " WHERE saga_id = ?", Integer.class, sagaId);
    }

    @Override
    public boolean cleared(String sagaId) {
        return !jdbc.queryForList("SELECT status FROM " + TABLE + " WHERE saga_id = ? AND status = 'cleared'", String.class, sagaId)
                .isEmpty();
    }

    @Override
    public void clear(String sagaId, String scheduleId, String reason) {
        Timestamp now = Timestamp.from(Instant.now());
        int updated = jdbc.update("UPDATE " + TABLE + " SET status = 'cleared', result = NULL, reason = ?, updated_at = ? WHERE saga_id = ?",
                reason, now, sagaId);
        if (updated == 0) {
            jdbc.update("INSERT INTO " + TABLE + " (saga_id, schedule_id, status, result, reason, created_at, updated_at) "
                    + "VALUES (?, ?, 'cleared', NULL, ?, ?, ?) ON CONFLICT DO NOTHING", sagaId, scheduleId, reason, now, now);
        }
    }
}
