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
        jdbc.update("INSERT INTO event (stream_id, version, event_id, type, source, occurred_at, correlation_id, causation_id, envelope, recorded_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                stream, version, event.id(), event.type(), event.source(), Timestamp.from(event.time()), event.correlationid(),
                event.causationid(), json.writeValueAsString(event), Timestamp.from(Instant.now()));
        return version;
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
