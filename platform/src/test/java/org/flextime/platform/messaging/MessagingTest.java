package org.flextime.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flextime.contracts.events.EventEnvelope;
import org.flextime.contracts.events.EventSchemas;
import org.flextime.contracts.events.EventTypes;
import org.flextime.contracts.events.Payloads;
import org.flextime.platform.testing.TestDatabases;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The outbox, the dispatcher and the idempotent consumer, on H2 and on a real PostgreSQL. */
class MessagingTest {

    static Stream<String> databases() {
        return Stream.of("h2", "postgresql");
    }

    private final ObjectMapper json = JsonMapper.builder().build();
    private final List<OutboxDispatcher> dispatchers = new CopyOnWriteArrayList<>();

    /** One service's worth of messaging on its own schema. */
    private record Node(JdbcTemplate jdbc, TransactionTemplate tx, Outbox outbox, OutboxPublisher publisher,
                        IdempotentConsumer consumer, OutboxDispatcher dispatcher) {
    }

    private Node node(String database, InProcessBroker broker, int maxAttempts) {
        String base = database.equals("h2") ? TestDatabases.freshH2() : TestDatabases.postgresUrl();
        String schema = TestDatabases.uniqueSchema("msg");
        DataSource ds = TestDatabases.dataSource(base, schema);
        Flyway.configure().dataSource(ds).schemas(schema).defaultSchema(schema).locations("classpath:db/platform").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
        Outbox outbox = new Outbox(jdbc, json);
        OutboxDispatcher dispatcher = new OutboxDispatcher("test", outbox, broker, Duration.ofMillis(50), Duration.ofMillis(20));
        dispatchers.add(dispatcher);
        OutboxPublisher publisher = new OutboxPublisher(outbox, new EventSchemas(json), dispatcher::wake);
        return new Node(jdbc, tx, outbox, publisher, new IdempotentConsumer(jdbc, tx, json, maxAttempts, new io.micrometer.core.instrument.simple.SimpleMeterRegistry()), dispatcher);
    }

    @AfterEach
    void stop() {
        dispatchers.forEach(OutboxDispatcher::stop);
    }

    private EventEnvelope event(String scheduleId) {
        return EventEnvelope.first("/test", EventTypes.SCHEDULE_DRAFT_CREATED, scheduleId,
                json.valueToTree(new Payloads.DraftCreated("saga", scheduleId, "MBB", "2025-26", 160)), "corr");
    }

    private int count(JdbcTemplate jdbc, String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void publishingOutsideATransactionIsRefused(String database) {
        Node node = node(database, new InProcessBroker(), 3);
        assertThatThrownBy(() -> node.publisher().publish(event("s1"))).hasMessageContaining("outside a transaction");
        assertThat(node.outbox().backlog()).isZero();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anEventOfARolledBackTransactionNeverLeaves(String database) {
        InProcessBroker broker = new InProcessBroker();
        Node node = node(database, broker, 3);
        List<String> seen = new CopyOnWriteArrayList<>();
        broker.register(new Subscription("g", Set.of(EventTypes.SCHEDULE_DRAFT_CREATED), e -> seen.add(e.id())), node.consumer());
        node.tx().executeWithoutResult(status -> {
            node.publisher().publish(event("s1"));
            status.setRollbackOnly();
        });
        broker.open();
        node.dispatcher().start();
        assertThat(node.dispatcher().drain()).isZero();
        assertThat(seen).isEmpty();
        assertThat(node.outbox().backlog()).isZero();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aCommittedEventReachesEveryGroupOnceEvenWhenDeliveredAgain(String database) {
        InProcessBroker broker = new InProcessBroker();
        Node producer = node(database, broker, 3);
        Node consumer = node(database, broker, 3);
        AtomicInteger effects = new AtomicInteger();
        broker.register(new Subscription("counter", Set.of(EventTypes.SCHEDULE_DRAFT_CREATED), e -> effects.incrementAndGet()),
                consumer.consumer());
        broker.register(Subscription.all("store", e -> { }), consumer.consumer());
        EventEnvelope event = event("s1");
        producer.tx().executeWithoutResult(status -> producer.publisher().publish(event));
        broker.open();
        producer.dispatcher().start();
        await().atMost(Duration.ofSeconds(10)).until(() -> producer.outbox().backlog() == 0);
        assertThat(effects).hasValue(1);

        // A crash between the consumer's commit and the producer's "sent" mark redelivers the event.
        producer.jdbc().update("UPDATE outbox SET dispatched_at = NULL");
        producer.dispatcher().wake();
        await().atMost(Duration.ofSeconds(10)).until(() -> producer.outbox().backlog() == 0);
        assertThat(effects).hasValue(1);
        assertThat(count(consumer.jdbc(), "SELECT COUNT(*) FROM processed_event WHERE event_id = ?", event.id())).isEqualTo(2);
        assertThat(consumer.consumer().deliver(new Subscription("counter", Set.of(), e -> effects.incrementAndGet()), event))
                .isEqualTo(IdempotentConsumer.Outcome.DUPLICATE);
        assertThat(effects).hasValue(1);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aFailingHandlerIsRetriedWithItsEffectRolledBackUntilItSucceeds(String database) {
        InProcessBroker broker = new InProcessBroker();
        Node producer = node(database, broker, 5);
        Node consumer = node(database, broker, 5);
        AtomicInteger calls = new AtomicInteger();
        consumer.jdbc().execute("CREATE TABLE effect (id VARCHAR(64))");
        broker.register(new Subscription("flaky", Set.of(EventTypes.SCHEDULE_DRAFT_CREATED), e -> {
            consumer.jdbc().update("INSERT INTO effect (id) VALUES (?)", e.id());
            if (calls.incrementAndGet() < 3) {
                throw new IllegalStateException("not yet");
            }
        }), consumer.consumer());
        producer.tx().executeWithoutResult(status -> producer.publisher().publish(event("s1")));
        broker.open();
        producer.dispatcher().start();
        await().atMost(Duration.ofSeconds(10)).until(() -> producer.outbox().backlog() == 0);
        assertThat(calls).hasValue(3);
        assertThat(count(consumer.jdbc(), "SELECT COUNT(*) FROM effect")).isEqualTo(1);
        assertThat(count(consumer.jdbc(), "SELECT attempts FROM delivery_attempt")).isEqualTo(2);
        assertThat(count(consumer.jdbc(), "SELECT COUNT(*) FROM dead_letter")).isZero();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aPoisonMessageIsParkedAsADeadLetterAfterMaxAttemptsAndTheStreamMovesOn(String database) {
        InProcessBroker broker = new InProcessBroker();
        Node producer = node(database, broker, 3);
        Node consumer = node(database, broker, 3);
        List<String> handled = new CopyOnWriteArrayList<>();
        broker.register(new Subscription("picky", Set.of(EventTypes.SCHEDULE_DRAFT_CREATED), e -> {
            if (e.subject().equals("poison")) {
                throw new IllegalArgumentException("cannot digest " + e.subject());
            }
            handled.add(e.subject());
        }), consumer.consumer());
        producer.tx().executeWithoutResult(status -> {
            producer.publisher().publish(event("poison"));
            producer.publisher().publish(event("good"));
        });
        broker.open();
        producer.dispatcher().start();
        await().atMost(Duration.ofSeconds(15)).until(() -> producer.outbox().backlog() == 0);
        assertThat(handled).containsExactly("good");
        assertThat(consumer.jdbc().queryForList("SELECT error FROM dead_letter", String.class)).singleElement().asString()
                .contains("cannot digest poison");
        assertThat(count(consumer.jdbc(), "SELECT attempts FROM dead_letter")).isEqualTo(3);
        assertThat(consumer.jdbc().queryForList("SELECT outcome FROM processed_event ORDER BY outcome", String.class))
                .containsExactly("dead-lettered", "handled");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anEventThatBreaksItsSchemaIsNotStored(String database) {
        Node node = node(database, new InProcessBroker(), 3);
        EventEnvelope bad = EventEnvelope.first("/test", EventTypes.SCHEDULE_DRAFT_CREATED, "s1", json.createObjectNode(), "c");
        assertThatThrownBy(() -> node.tx().executeWithoutResult(s -> node.publisher().publish(bad)))
                .hasMessageContaining("breaks its schema");
        assertThat(node.outbox().backlog()).isZero();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void twoReplicasDrainingOneOutboxDeliverEachEventOnce(String database) {
        DataSource ds = TestDatabases.migratedPool(database, "none");
        List<String> delivered = new CopyOnWriteArrayList<>();
        EventBroker slowBroker = new EventBroker() {
            @Override
            public void register(Subscription subscription, IdempotentConsumer consumer) {
            }

            @Override
            public void deliver(EventEnvelope event) {
                delivered.add(event.subject());
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public void awaitOpen() {
            }
        };
        Outbox first = new Outbox(new JdbcTemplate(ds), json);
        for (int i = 0; i < 80; i++) {
            first.append(event("s" + i));
        }
        for (int replica = 0; replica < 2; replica++) {
            OutboxDispatcher dispatcher = new OutboxDispatcher("replica" + replica, new Outbox(new JdbcTemplate(ds), json), slowBroker,
                    Duration.ofMillis(50), Duration.ofMillis(20));
            dispatchers.add(dispatcher);
            dispatcher.start();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> first.backlog() == 0);
        assertThat(delivered).hasSize(80).doesNotHaveDuplicates();
    }
}
