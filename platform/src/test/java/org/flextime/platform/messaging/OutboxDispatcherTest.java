package org.flextime.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flextime.contracts.events.EventEnvelope;
import org.flextime.contracts.events.EventTypes;
import org.flextime.contracts.events.Payloads;
import org.flextime.platform.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The dispatcher thread and the in-process broker survive whatever one pass throws at them. */
class OutboxDispatcherTest {

    private final ObjectMapper json = JsonMapper.builder().build();
    private final List<OutboxDispatcher> dispatchers = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        dispatchers.forEach(OutboxDispatcher::stop);
    }

    private EventEnvelope event(String subject) {
        return EventEnvelope.first("/test", EventTypes.SCHEDULE_DRAFT_CREATED, subject,
                json.valueToTree(new Payloads.DraftCreated("saga", subject, "MBB", "2025-26", 160)), "corr");
    }

    private DataSource schema() {
        return TestDatabases.migratedSchema("h2", "none");
    }

    private OutboxDispatcher dispatcher(Outbox outbox, EventBroker broker) {
        OutboxDispatcher dispatcher = new OutboxDispatcher("test", outbox, broker, Duration.ofMillis(50), Duration.ofMillis(20));
        dispatchers.add(dispatcher);
        return dispatcher;
    }

    /** A broker that records what it delivered, failing the first {@code failures} calls with {@code failure}. */
    private static final class RecordingBroker implements EventBroker {
        final List<String> delivered = new CopyOnWriteArrayList<>();
        final AtomicInteger calls = new AtomicInteger();
        private final int failures;
        private final Throwable failure;

        RecordingBroker(int failures, Throwable failure) {
            this.failures = failures;
            this.failure = failure;
        }

        @Override
        public void register(Subscription subscription, IdempotentConsumer consumer) {
        }

        @Override
        public void deliver(EventEnvelope event) {
            if (calls.incrementAndGet() <= failures) {
                if (failure instanceof Error e) {
                    throw e;
                }
                throw (RuntimeException) failure;
            }
            delivered.add(event.subject());
        }

        @Override
        public void awaitOpen() {
        }
    }

    @Test
    void aDatabaseErrorWhileRecordingARetryDoesNotStopTheDispatcher() {
        JdbcTemplate jdbc = new JdbcTemplate(schema());
        AtomicInteger retryFailures = new AtomicInteger();
        Outbox outbox = new Outbox(jdbc, json) {
            @Override
            public void retryLater(long seq, int attempts, Duration backoff, String error) {
                if (retryFailures.incrementAndGet() == 1) {
                    throw new DataAccessResourceFailureException("database restarting");
                }
                super.retryLater(seq, attempts, backoff, error);
            }
        };
        RecordingBroker broker = new RecordingBroker(1, new IllegalStateException("stream unavailable"));
        OutboxDispatcher dispatcher = dispatcher(outbox, broker);
        outbox.append(event("first"));
        dispatcher.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> broker.calls.get() >= 1 && retryFailures.get() >= 1);

        outbox.append(event("second"));
        dispatcher.wake();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(broker.delivered).contains("first", "second"));
        assertThat(dispatcher.alive()).isTrue();
    }

    @Test
    void anErrorThrownByTheBrokerDoesNotStopTheDispatcher() {
        Outbox outbox = new Outbox(new JdbcTemplate(schema()), json);
        RecordingBroker broker = new RecordingBroker(1, new LinkageError("a class failed to load"));
        OutboxDispatcher dispatcher = dispatcher(outbox, broker);
        outbox.append(event("first"));
        dispatcher.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> broker.calls.get() >= 1);

        outbox.append(event("second"));
        dispatcher.wake();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(broker.delivered).containsExactly("first", "second"));
        assertThat(dispatcher.alive()).isTrue();
    }

    @Test
    void theOutboxHealthIsUpOnlyWhileTheDispatcherThreadRuns() {
        OutboxDispatcher dispatcher = dispatcher(new Outbox(new JdbcTemplate(schema()), json), new RecordingBroker(0, null));
        OutboxHealth health = new OutboxHealth(dispatcher);
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        dispatcher.start();
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        assertThat(health.health().getDetails()).containsEntry("dispatcherAlive", true).containsEntry("failingPasses", 0);
        dispatcher.stop();
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void aConsumersDatabaseErrorFailsTheDeliveryButStillReachesTheOtherGroups() {
        DataSource ds = schema();
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
        IdempotentConsumer healthy = new IdempotentConsumer(jdbc, tx, json, 5, new SimpleMeterRegistry());
        IdempotentConsumer broken = new IdempotentConsumer(jdbc, tx, json, 5, new SimpleMeterRegistry()) {
            @Override
            public Outcome deliver(Subscription subscription, EventEnvelope event) {
                throw new DataAccessResourceFailureException("consumer database restarting");
            }
        };
        List<String> seen = new CopyOnWriteArrayList<>();
        InProcessBroker broker = new InProcessBroker();
        broker.register(Subscription.all("broken", e -> { }), broken);
        broker.register(new Subscription("healthy", Set.of(EventTypes.SCHEDULE_DRAFT_CREATED), e -> seen.add(e.subject())), healthy);

        assertThatThrownBy(() -> broker.deliver(event("s1"))).isInstanceOf(DeliveryFailedException.class)
                .hasMessageContaining("consumer database restarting");
        assertThat(seen).containsExactly("s1");
    }
}
