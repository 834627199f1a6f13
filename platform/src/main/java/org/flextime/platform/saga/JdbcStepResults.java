package org.flextime.platform.saga;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Step results kept as JSON in one of the service's own tables, with columns
 * {@code saga_id, schedule_id, status ('done' | 'cleared'), result, reason, created_at, updated_at}.
 */
public class JdbcStepResults implements StepResults {

    private final JdbcTemplate jdbc;
    private final String table;

    /** Results in {@code table} of the service's schema. */
    public JdbcStepResults(JdbcTemplate jdbc, String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("bad table name " + table);
        }
        this.jdbc = jdbc;
        this.table = table;
    }

    /** Stores a saga's result (a redelivered command finds the row and changes nothing). */
    public void save(String sagaId, String scheduleId, String resultJson) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("INSERT INTO " + table + " (saga_id, schedule_id, status, result, created_at, updated_at) "
                + "VALUES (?, ?, 'done', ?, ?, ?) ON CONFLICT DO NOTHING", sagaId, scheduleId, resultJson, now, now);
    }

    /** The live result for a schedule, as JSON. */
    public Optional<String> forSchedule(String scheduleId) {
        return jdbc.queryForList("SELECT result FROM " + table + " WHERE schedule_id = ? AND status = 'done' ORDER BY created_at DESC",
                String.class, scheduleId).stream().findFirst();
    }

    /** How many rows (live or cleared) a saga has: never more than one. */
    public int rows(String sagaId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE saga_id = ?", Integer.class, sagaId);
    }

    @Override
    public boolean cleared(String sagaId) {
        return !jdbc.queryForList("SELECT status FROM " + table + " WHERE saga_id = ? AND status = 'cleared'", String.class, sagaId)
                .isEmpty();
    }

    @Override
    public void clear(String sagaId, String scheduleId, String reason) {
        Timestamp now = Timestamp.from(Instant.now());
        int updated = jdbc.update("UPDATE " + table + " SET status = 'cleared', result = NULL, reason = ?, updated_at = ? WHERE saga_id = ?",
                reason, now, sagaId);
        if (updated == 0) {
            jdbc.update("INSERT INTO " + table + " (saga_id, schedule_id, status, result, reason, created_at, updated_at) "
                    + "VALUES (?, ?, 'cleared', NULL, ?, ?, ?) ON CONFLICT DO NOTHING", sagaId, scheduleId, reason, now, now);
        }
    }
}
