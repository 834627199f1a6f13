package org.flextime.platform.messaging;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.flextime.contracts.events.EventEnvelope;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.ObjectMapper;

/** The service's outbox table: written in the producer's transaction, drained by the dispatcher. */
public class Outbox {

    /** A pending outbox row. */
    public record Pending(long seq, EventEnvelope event, int attempts) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    /** An outbox over the service's own schema. */
    public Outbox(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Appends an event; the caller's transaction decides whether it ever leaves. */
    public void append(EventEnvelope event) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("INSERT INTO outbox (event_id, event_type, subject, envelope, created_at, next_attempt_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)",
                event.id(), event.type(), event.subject(), json.writeValueAsString(event), now, now);
    }

    /** Rows due for delivery, oldest first. */
    public List<Pending> due(int limit) {
        return jdbc.query("SELECT seq, envelope, attempts FROM outbox WHERE dispatched_at IS NULL AND next_attempt_at <= ? "
                        + "ORDER BY seq LIMIT ?",
                (rs, i) -> new Pending(rs.getLong(1), json.readValue(rs.getString(2), EventEnvelope.class), rs.getInt(3)),
                Timestamp.from(Instant.now()), limit);
    }

    /** Marks a row delivered to every subscriber. */
    public void dispatched(long seq) {
        jdbc.update("UPDATE outbox SET dispatched_at = ?, last_error = NULL WHERE seq = ?", Timestamp.from(Instant.now()), seq);
    }

    /** Records a failed delivery and when to try again. */
    public void retryLater(long seq, int attempts, Duration backoff, String error) {
        jdbc.update("UPDATE outbox SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE seq = ?",
                attempts, Timestamp.from(Instant.now().plus(backoff)), Messages.clip(error, 2000), seq);
    }

    /** Events not yet delivered. */
    public int backlog() {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE dispatched_at IS NULL", Integer.class);
        return n == null ? 0 : n;
    }
}
