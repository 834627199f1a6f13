package org.flextime.platform.messaging.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flextime.contracts.events.EventEnvelope;
import org.flextime.contracts.events.EventTypes;
import org.flextime.contracts.events.Payloads;
import org.flextime.platform.messaging.IdempotentConsumer;
import org.flextime.platform.messaging.Subscription;
import org.flextime.platform.testing.TestDatabases;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The Redis Streams transport on a real Redis: groups, replicas sharing a group, retries and dead letters. */
class RedisStreamsBrokerTest {

    private final ObjectMapper json = JsonMapper.builder().build();
    private final String stream = "test:events:" + UUID.randomUUID();
    private final List<RedisStreamsBroker> brokers = new ArrayList<>();
    private final List<LettuceConnectionFactory> factories = new ArrayList<>();
    private StringRedisTemplate admin;

    private StringRedisTemplate redis() {
        String url = System.getenv("FLEXTIME_REDIS_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("FLEXTIME_REDIS_URL is not set: these tests need a real Redis. "
                    + "Run ./flextime test (it provisions one), or export FLEXTIME_REDIS_URL=redis://host:port.");
        }
        URI uri = URI.create(url);
        LettuceConnectionFactory factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration(uri.getHost(), uri.getPort()));
        factory.afterPropertiesSet();
        factory.start();
        factories.add(factory);
        return new StringRedisTemplate(factory);
    }

    private RedisStreamsBroker broker(String name) {
        return broker(name, Duration.ofMillis(400), Duration.ofHours(1));
    }

    private RedisStreamsBroker broker(String name, Duration retryAfter, Duration consumerExpiry) {
        RedisStreamsBroker broker = new RedisStreamsBroker(redis(), json, stream, name, Duration.ofMillis(200), retryAfter,
                consumerExpiry);
        brokers.add(broker);
        return broker;
    }

    private IdempotentConsumer consumer(int maxAttempts, JdbcTemplate[] jdbcOut) {
        String schema = TestDatabases.uniqueSchema("redis");
        DataSource ds = TestDatabases.dataSource(TestDatabases.freshH2(), schema);
        Flyway.configure().dataSource(ds).schemas(schema).defaultSchema(schema).locations("classpath:db/platform").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        if (jdbcOut != null) {
            jdbcOut[0] = jdbc;
        }
        return new IdempotentConsumer(jdbc, new TransactionTemplate(new DataSourceTransactionManager(ds)), json, maxAttempts,
                new SimpleMeterRegistry());
    }

    private EventEnvelope event(String subject) {
        return EventEnvelope.first("/test", EventTypes.SCHEDULE_DRAFT_CREATED, subject,
                json.valueToTree(new Payloads.DraftCreated("saga", subject, "MBB", "2025-26", 160)), "corr");
    }

    @AfterEach
    void stop() {
        brokers.forEach(RedisStreamsBroker::stop);
        if (admin != null) {
            admin.delete(stream);
        }
        factories.forEach(LettuceConnectionFactory::destroy);
    }

    @Test
    void everyGroupSeesEveryEventAndReplicasOfAGroupShareTheWork() {
        admin = redis();
        List<String> stateSaw = new CopyOnWriteArrayList<>();
        List<String> travelSaw = new CopyOnWriteArrayList<>();
        IdempotentConsumer stateDb = consumer(3, null);
        IdempotentConsumer travelDb = consumer(3, null);
        RedisStreamsBroker producer = broker("producer");
        producer.start();
        RedisStreamsBroker state = broker("state-1");
        state.register(Subscription.all("state", e -> stateSaw.add(e.subject())), stateDb);
        RedisStreamsBroker travelA = broker("travel-a");
        travelA.register(new Subscription("travel", Set.of(EventTypes.SCHEDULE_DRAFT_CREATED), e -> travelSaw.add(e.subject())), travelDb);
        RedisStreamsBroker travelB = broker("travel-b");
        travelB.register(new Subscription("travel", Set.of(EventTypes.SCHEDULE_DRAFT_CREATED), e -> travelSaw.add(e.subject())), travelDb);

        // Events published before the consumers start wait in the stream for their groups.
        for (int i = 0; i < 20; i++) {
            producer.deliver(event("s" + i));
        }
        state.start();
        travelA.start();
        travelB.start();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(stateSaw).hasSize(20).doesNotHaveDuplicates();
            assertThat(travelSaw).hasSize(20).doesNotHaveDuplicates();
        });
        await().atMost(Duration.ofSeconds(5)).until(() -> admin.opsForStream().pending(stream, "travel", org.springframework.data.domain.Range.unbounded(), 100).isEmpty());
    }

    @Test
    void aFailingHandlerIsRetriedUntilItSucceedsAndAPoisonMessageIsParkedAndAcknowledged() {
        admin = redis();
        AtomicInteger flaky = new AtomicInteger();
        List<String> handled = new CopyOnWriteArrayList<>();
        JdbcTemplate[] db = new JdbcTemplate[1];
        IdempotentConsumer consumer = consumer(3, db);
        RedisStreamsBroker broker = broker("picky-1");
        broker.register(new Subscription("picky", Set.of(EventTypes.SCHEDULE_DRAFT_CREATED), e -> {
            if (e.subject().equals("poison")) {
                throw new IllegalArgumentException("cannot digest poison");
            }
            if (e.subject().equals("flaky") && flaky.incrementAndGet() < 3) {
                throw new IllegalStateException("not yet");
            }
            handled.add(e.subject());
        }), consumer);
        broker.start();
        broker.deliver(event("poison"));
        broker.deliver(event("flaky"));
        broker.deliver(event("good"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(handled).containsExactlyInAnyOrder("flaky", "good");
            assertThat(db[0].queryForList("SELECT error FROM dead_letter", String.class)).singleElement().asString()
                    .contains("cannot digest poison");
            assertThat(admin.opsForStream().pending(stream, "picky", org.springframework.data.domain.Range.unbounded(), 100)).isEmpty();
        });
        assertThat(flaky).hasValue(3);
    }

    @Test
    void anEventThatCannotBeReadIsParkedAsADeadLetterAndAcknowledgedWithoutHoldingUpItsBatch() {
        admin = redis();
        List<String> handled = new CopyOnWriteArrayList<>();
        JdbcTemplate[] db = new JdbcTemplate[1];
        IdempotentConsumer consumer = consumer(3, db);
        RedisStreamsBroker broker = broker("reader-1");
        broker.register(new Subscription("reader", Set.of(EventTypes.SCHEDULE_DRAFT_CREATED), e -> handled.add(e.subject())), consumer);
        broker.ensureGroup("reader");
        admin.opsForStream().add(org.springframework.data.redis.connection.stream.StreamRecords.newRecord().in(stream)
                .ofMap(java.util.Map.of("id", "garbled-1", "type", EventTypes.SCHEDULE_DRAFT_CREATED, "envelope", "{not json")));
        broker.deliver(event("after-the-garbled-one"));
        broker.start();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(handled).containsExactly("after-the-garbled-one");
            assertThat(db[0].queryForList("SELECT event_id || ' ' || envelope FROM dead_letter", String.class))
                    .containsExactly("garbled-1 {not json");
            assertThat(admin.opsForStream().pending(stream, "reader", org.springframework.data.domain.Range.unbounded(), 100)).isEmpty();
        });
    }

    @Test
    void aDeadReplicasPendingEventsAreAllTakenOverInOnePassHoweverManyThereAre() throws InterruptedException {
        admin = redis();
        List<String> handled = new CopyOnWriteArrayList<>();
        // A consumer without a database: the claim, not the handler's commits, sets the pace.
        IdempotentConsumer consumer = new IdempotentConsumer(null, null, json, 3, new SimpleMeterRegistry()) {
            @Override
            public Outcome deliver(Subscription subscription, EventEnvelope event) {
                handled.add(event.subject());
                return Outcome.HANDLED;
            }
        };
        Duration retryAfter = Duration.ofSeconds(4);
        RedisStreamsBroker live = broker("live", retryAfter, Duration.ofHours(1));
        live.register(new Subscription("takeover", Set.of(EventTypes.SCHEDULE_DRAFT_CREATED), e -> { }), consumer);
        live.ensureGroup("takeover");
        for (int i = 0; i < 130; i++) {
            live.deliver(event("s" + i));
        }
        // A replica reads every event and dies before acknowledging any.
        assertThat(admin.opsForStream().read(org.springframework.data.redis.connection.stream.Consumer.from("takeover", "dead"),
                org.springframework.data.redis.connection.stream.StreamReadOptions.empty().count(500),
                org.springframework.data.redis.connection.stream.StreamOffset.create(stream,
                        org.springframework.data.redis.connection.stream.ReadOffset.lastConsumed()))).hasSize(130);
        Thread.sleep(retryAfter.toMillis() + 200);
        live.start();
        // The first claim runs at once; the next would come only after another retryAfter.
        await().atMost(Duration.ofSeconds(3)).untilAsserted(() -> assertThat(handled).hasSize(130).doesNotHaveDuplicates());
    }

    @Test
    void aConsumerThatIsGoneIsRemovedFromItsGroupOnceItHasNothingPending() throws InterruptedException {
        admin = redis();
        IdempotentConsumer consumer = consumer(3, null);
        RedisStreamsBroker live = broker("alive", Duration.ofMillis(300), Duration.ofMillis(500));
        live.register(new Subscription("tidy", Set.of(EventTypes.SCHEDULE_DRAFT_CREATED), e -> { }), consumer);
        live.ensureGroup("tidy");
        live.deliver(event("s1"));
        var read = admin.opsForStream().read(org.springframework.data.redis.connection.stream.Consumer.from("tidy", "gone"),
                org.springframework.data.redis.connection.stream.StreamReadOptions.empty().count(10),
                org.springframework.data.redis.connection.stream.StreamOffset.create(stream,
                        org.springframework.data.redis.connection.stream.ReadOffset.lastConsumed()));
        assertThat(read).hasSize(1);
        Thread.sleep(600);
        live.start();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(admin.opsForStream().consumers(stream, "tidy").stream()
                .map(c -> c.consumerName()).toList()).containsExactly("alive"));
    }
}
