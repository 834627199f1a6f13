package org.flextime.state.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.flextime.contracts.events.EventEnvelope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/** Appends events to their stream with the next version, and reads streams back. */
@Repository
public class EventStore {

    /** A stored event with its place in the stream. */
    public record Stored(String streamId, int version, EventEnvelope event) {
    }

    private static final String GLOBAL = "global";
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    EventStore(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Appends the event to the stream named by its subject; must run in the consumer's transaction. */
    public int append(EventEnvelope event) {
        String stream = event.subject() == null || event.subject().isBlank() ? GLOBAL : event.subject();
        // The stream row is the lock that keeps versions gap-free when two services' events arrive at once.
        List<Integer> current = jdbc.queryForList("SELECT version FROM event_stream WHERE id = ? FOR UPDATE", Integer.class, stream);
        int version;
        if (current.isEmpty()) {
            version = 1;
            jdbc.update("INSERT INTO event_stream (id, version) VALUES (?, ?)", stream, version);
        } else {
            version = current.get(0) + 1;
            jdbc.update("UPDATE event_stream SET version = ? WHERE id = ?", version, stream);
        }
        jdbc.update("INSERT INTO event (stream_id, version, event_id, type, source, occurred_at, correlation_id, causation_id, envelope, "
                        + "recorded_at, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                stream, version, event.id(), event.type(), event.source(), Timestamp.from(event.time()), event.correlationid(),
                event.causationid(), json.writeValueAsString(event), Timestamp.from(Instant.now()), actor(event));
        return version;
    }

    /**
     * The event's actor, or else the actor of the earliest event of its correlation: work a background worker publishes
     * for a user's request (a saga step run by the job queue) is still that user's.
     */
    private String actor(EventEnvelope event) {
        if (event.actor() != null || event.correlationid() == null) {
            return event.actor();
        }
        return jdbc.queryForList("SELECT actor FROM event WHERE correlation_id = ? AND actor IS NOT NULL ORDER BY seq LIMIT 1",
                String.class, event.correlationid()).stream().findFirst().orElse(null);
    }

    /** What the audit trail is asked for: each criterion optional. */
    public record AuditQuery(String actor, String stream, String type, Instant from, Instant to, int limit) {
    }

    /** An audited event: who, when, what, on which stream. */
    public record Audited(long seq, String actor, Instant occurredAt, String type, String streamId, int version, String source,
                          String correlationId) {
    }

    /** The events matching {@code query}, oldest first, at most its limit. */
    public List<Audited> audit(AuditQuery query) {
        StringBuilder sql = new StringBuilder("SELECT seq, actor, occurred_at, type, stream_id, version, source, correlation_id FROM event WHERE 1 = 1");
        List<Object> args = new java.util.ArrayList<>();
        if (query.actor() != null) {
            sql.append(" AND actor = ?");
            args.add(query.actor());
        }
        if (query.stream() != null) {
            sql.append(" AND stream_id = ?");
            args.add(query.stream());
        }
        if (query.type() != null) {
            sql.append(" AND type = ?");
            args.add(query.type());
        }
        if (query.from() != null) {
            sql.append(" AND occurred_at >= ?");
            args.add(Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            sql.append(" AND occurred_at < ?");
            args.add(Timestamp.from(query.to()));
        }
        sql.append(" ORDER BY seq LIMIT ?");
        args.add(query.limit());
        return jdbc.query(sql.toString(), (rs, i) -> new Audited(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                rs.getString(4), rs.getString(5), rs.getInt(6), rs.getString(7), rs.getString(8)), args.toArray());
    }

    /** A stream's events in version order. */
    public List<Stored> stream(String streamId) {
        return jdbc.query("SELECT stream_id, version, envelope FROM event WHERE stream_id = ? ORDER BY version",
                (rs, i) -> new Stored(rs.getString(1), rs.getInt(2), json.readValue(rs.getString(3), EventEnvelope.class)), streamId);
    }

    /** Every event of one correlation (one user request), in the order recorded. */
    public List<Stored> correlation(String correlationId) {
        return jdbc.query("SELECT stream_id, version, envelope FROM event WHERE correlation_id = ? ORDER BY seq",
                (rs, i) -> new Stored(rs.getString(1), rs.getInt(2), json.readValue(rs.getString(3), EventEnvelope.class)), correlationId);
    }
}
