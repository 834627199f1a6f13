package org.flextime.platform.messaging.redis;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.flextime.contracts.events.EventEnvelope;
import org.flextime.platform.messaging.DeliveryFailedException;
import org.flextime.platform.messaging.EventBroker;
import org.flextime.platform.messaging.IdempotentConsumer;
import org.flextime.platform.messaging.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.RedisSystemException;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.stream.Consumer;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.PendingMessage;
import org.springframework.data.redis.connection.stream.ReadOffset;
import org.springframework.data.redis.connection.stream.RecordId;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.connection.stream.StreamReadOptions;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * The distributed topology's transport: one Redis stream of events, one consumer group per
 * subscription group, so replicas of a service share the group's work and every group sees
 * every event.
 *
 * <p>A message is acknowledged only after every subscription of the group has committed (or
 * parked) it; an unacknowledged message is claimed again once it has been idle for
 * {@code retryAfter}, which is how a failed handler is retried and how a dead replica's messages
 * move to a live one.
 */
public class RedisStreamsBroker implements EventBroker, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RedisStreamsBroker.class);

    private record Endpoint(Subscription subscription, IdempotentConsumer consumer) {
    }

    private final StringRedisTemplate redis;
    private final ObjectMapper json;
    private final String stream;
    private final String consumerName;
    private final Duration block;
    private final Duration retryAfter;
    private final Map<String, List<Endpoint>> groups = new ConcurrentHashMap<>();
    private final List<Thread> readers = new CopyOnWriteArrayList<>();
    private volatile boolean running;

    /** A broker on {@code stream}, reading as {@code consumerName} (unique per replica). */
    public RedisStreamsBroker(StringRedisTemplate redis, ObjectMapper json, String stream, String consumerName, Duration block,
                              Duration retryAfter) {
        this.redis = redis;
        this.json = json;
        this.stream = stream;
        this.consumerName = consumerName;
        this.block = block;
        this.retryAfter = retryAfter;
    }

    @Override
    public void register(Subscription subscription, IdempotentConsumer consumer) {
        groups.computeIfAbsent(subscription.group(), g -> new CopyOnWriteArrayList<>()).add(new Endpoint(subscription, consumer));
    }

    @Override
    public void deliver(EventEnvelope event) {
        redis.opsForStream().add(StreamRecords.newRecord().in(stream)
                .ofMap(Map.of("id", event.id(), "type", event.type(), "envelope", json.writeValueAsString(event))));
    }

    @Override
    public void awaitOpen() {
        // Consumer groups are durable in Redis: an event added before a group reads it waits for it.
    }

    @Override
    public void start() {
        running = true;
        for (String group : groups.keySet()) {
            ensureGroup(group);
            Thread reader = new Thread(() -> read(group), "redis-" + group);
            reader.setDaemon(true);
            readers.add(reader);
            reader.start();
        }
    }

    @Override
    public void stop() {
        running = false;
        for (Thread reader : readers) {
            try {
                reader.join(block.toMillis() + 2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        readers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // After the consumers' data sources are up, before the outbox dispatcher starts publishing.
        return Integer.MAX_VALUE - 200;
    }

    /** Creates the group at the start of the stream (and the stream itself) unless it exists. */
    void ensureGroup(String group) {
        try {
            redis.execute((RedisCallback<String>) c -> createGroup(c, group));
        } catch (RedisSystemException e) {
            if (!alreadyExists(e)) {
                throw e;
            }
        }
    }

    private static boolean alreadyExists(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("BUSYGROUP")) {
                return true;
            }
        }
        return false;
    }

    private String createGroup(RedisConnection connection, String group) {
        return connection.streamCommands().xGroupCreate(stream.getBytes(StandardCharsets.UTF_8), group, ReadOffset.from("0"), true);
    }

    private void read(String group) {
        Consumer me = Consumer.from(group, consumerName);
        long lastClaim = 0;
        while (running) {
            try {
                if (System.currentTimeMillis() - lastClaim >= retryAfter.toMillis()) {
                    claimIdle(group);
                    lastClaim = System.currentTimeMillis();
                }
                List<MapRecord<String, Object, Object>> records = redis.opsForStream().read(me,
                        StreamReadOptions.empty().count(20).block(block), StreamOffset.create(stream, ReadOffset.lastConsumed()));
                if (records != null) {
                    records.forEach(r -> handle(group, r));
                }
            } catch (RuntimeException e) {
                if (running) {
                    log.warn("{} could not read {}: {}", group, stream, e.getMessage());
                    sleep();
                }
            }
        }
    }

    /** Takes over messages another delivery left unacknowledged for too long: a failed handler or a dead replica. */
    private void claimIdle(String group) {
        List<RecordId> idle = new ArrayList<>();
        for (PendingMessage pending : redis.opsForStream().pending(stream, group, Range.unbounded(), 50)) {
            if (pending.getElapsedTimeSinceLastDelivery().compareTo(retryAfter) >= 0) {
                idle.add(pending.getId());
            }
        }
        if (!idle.isEmpty()) {
            redis.opsForStream().claim(stream, group, consumerName, retryAfter, idle.toArray(RecordId[]::new))
                    .forEach(r -> handle(group, r));
        }
    }

    private void handle(String group, MapRecord<String, Object, Object> record) {
        EventEnvelope event = json.readValue(String.valueOf(record.getValue().get("envelope")), EventEnvelope.class);
        boolean failed = false;
        for (Endpoint endpoint : groups.getOrDefault(group, List.of())) {
            if (!endpoint.subscription().wants(event.type())) {
                continue;
            }
            try {
                endpoint.consumer().deliver(endpoint.subscription(), event);
            } catch (DeliveryFailedException e) {
                failed = true;
            }
        }
        if (!failed) {
            redis.opsForStream().acknowledge(stream, group, record.getId());
        }
    }

    private void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
