package org.flextime.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.flextime.platform.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Retention deletes old published and processed rows in batches and keeps everything still in use. */
class MessagingRetentionTest {

    static Stream<String> databases() {
        return Stream.of("h2", "postgresql");
    }

    private final Instant now = Instant.parse("2026-03-20T12:00:00Z");
    private final Timestamp old = Timestamp.from(now.minus(Duration.ofDays(8)));
    private final Timestamp recent = Timestamp.from(now.minus(Duration.ofDays(6)));

    private void outbox(JdbcTemplate jdbc, String id, Timestamp created, Timestamp dispatched) {
        jdbc.update("INSERT INTO outbox (event_id, event_type, envelope, created_at, dispatched_at, next_attempt_at) VALUES (?, 't', '{}', ?, ?, ?)",
                id, created, dispatched, created);
    }

    private int count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void rowsOlderThanTheRetentionAreDeletedInBatchesAndPendingRowsAndDeadLettersStay(String database) {
        JdbcTemplate jdbc = new JdbcTemplate(TestDatabases.migratedSchema(database, "none"));
        for (int i = 0; i < 3; i++) {
            outbox(jdbc, "sent-old-" + i, old, old);
            jdbc.update("INSERT INTO processed_event VALUES ('g', ?, 't', 'handled', ?)", "old-" + i, old);
        }
        outbox(jdbc, "pending-old", old, null);
        outbox(jdbc, "sent-recent", recent, recent);
        jdbc.update("INSERT INTO processed_event VALUES ('g', 'recent', 't', 'handled', ?)", recent);
        jdbc.update("INSERT INTO delivery_attempt VALUES ('g', 'old-0', 2, 'x', ?)", old);
        jdbc.update("INSERT INTO delivery_attempt VALUES ('h', 'old-0', 1, 'x', ?)", old);
        jdbc.update("INSERT INTO delivery_attempt VALUES ('g', 'recent', 1, 'x', ?)", recent);
        jdbc.update("INSERT INTO dead_letter (consumer_group, event_id, event_type, envelope, attempts, created_at) VALUES ('g', 'dead', 't', '{}', 5, ?)", old);

        MessagingRetention retention = new MessagingRetention("test", jdbc, Duration.ofDays(7), Duration.ofHours(1), 2);
        assertThat(retention.purge(now)).isEqualTo(new MessagingRetention.Purged(3, 3, 2));

        assertThat(jdbc.queryForList("SELECT event_id FROM outbox ORDER BY event_id", String.class))
                .containsExactly("pending-old", "sent-recent");
        assertThat(jdbc.queryForList("SELECT event_id FROM processed_event", String.class)).containsExactly("recent");
        assertThat(jdbc.queryForList("SELECT event_id FROM delivery_attempt", String.class)).containsExactly("recent");
        assertThat(count(jdbc, "dead_letter")).isEqualTo(1);
        assertThat(retention.purge(now)).isEqualTo(new MessagingRetention.Purged(0, 0, 0));
    }
}
