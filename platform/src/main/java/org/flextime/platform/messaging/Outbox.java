package org.flextime.platform.messaging;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.flextime.contracts.events.EventEnvelope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/** The service's outbox table: written in the producer's transaction, drained by the dispatcher. */
public class Outbox {

    /** A pending outbox row. */
    public record Pending(long seq, EventEnvelope event, int attempts) {
    }

    /** How long a claimed row stays with the replica that claimed it. */
    private static final Duration LEASE = Duration.ofSeconds(10);

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final TransactionTemplate tx;

    /** An outbox over the service's own schema. */
    public Outbox(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        // The claim's own short transaction; a manager on the same data source joins the callers' transactions.
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
    }

    /** Appends an event; the caller's transaction decides whether it ever leaves. */
    public void append(EventEnvelope event) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("INSERT INTO outbox (event_id, event_type, subject, envelope, created_at, next_attempt_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)",
                event.id(), event.type(), event.subject(), json.writeValueAsString(event), now, now);
    }

    /**
     * Claims up to {@code limit} rows due for delivery, oldest first. Rows another replica is claiming
     * at the same moment are skipped (FOR UPDATE SKIP LOCKED), and a claimed row is not due again
     * until its lease ends, so each row is published by one replica; a replica that dies mid-delivery
     * leaves its rows to the others once the lease is over.
     */
    public List<Pending> claim(int limit) {
        List<Pending> claimed = tx.execute(status -> {
            Instant now = Instant.now();
            List<Pending> rows = jdbc.query("SELECT seq, envelope, attempts FROM outbox WHERE dispatched_at IS NULL AND next_attempt_at <= ? "
                            + "ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED",
                    (rs, i) -> new Pending(rs.getLong(1), json.readValue(rs.getString(2), EventEnvelope.class), rs.getInt(3)),
                    Timestamp.from(now), limit);
            Timestamp leaseEnd = Timestamp.from(now.plus(LEASE));
            jdbc.batchUpdate("UPDATE outbox SET next_attempt_at = ? WHERE seq = ?",
                    rows.stream().map(r -> new Object[] {leaseEnd, r.seq()}).toList());
            return rows;
        });
        return claimed == null ? List.of() : claimed;
    }

    /** Hands claimed rows back undelivered (the dispatcher is stopping), so they are due at once. */
    public void release(List<Long> seqs) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate("UPDATE outbox SET next_attempt_at = ? WHERE seq = ? AND dispatched_at IS NULL",
                seqs.stream().map(seq -> new Object[] {now, seq}).toList());
    }

    /** Marks a row delivered to every subscriber. */
    public void dispatched(long seq) {
        Timestamp now = Timestamp.from(Instant.now());
        // The lease ends with the delivery: should the row ever be due again, it is due at once.
        jdbc.update("UPDATE outbox SET dispatched_at = ?, next_attempt_at = ?, last_error = NULL WHERE seq = ?", now, now, seq);
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
