package org.flextime.platform.messaging.redis;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.flextime.contracts.events.EventEnvelope;
import org.flextime.platform.messaging.EventBroker;
import org.flextime.platform.messaging.IdempotentConsumer;
import org.flextime.platform.messaging.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.RedisSystemException;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.stream.Consumer;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.StreamInfo;
import org.springframework.data.redis.connection.stream.ReadOffset;
import org.springframework.data.redis.connection.stream.RecordId;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.connection.stream.StreamReadOptions;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import tools.jackson.databind.ObjectMapper;

/**
 * The distributed topology's transport: one Redis stream of events, one consumer group per
 * subscription group, so replicas of a service share the group's work and every group sees
 * every event.
 *
 * <p>A message is acknowledged only after every subscription of the group has committed (or
 * parked) it; an unacknowledged message is claimed again once it has been idle for
 * {@code retryAfter}, which is how a failed handler is retried and how a dead replica's messages
 * move to a live one. A message that holds no readable event is parked as a dead letter at once, and
 * consumers that have been idle for {@code consumerExpiry} with nothing pending (replicas that are
 * gone) are removed from their group.
 */
public class RedisStreamsBroker implements EventBroker, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RedisStreamsBroker.class);
    private static final int CLAIM_PAGE = 100;
    private static final int MAX_CLAIM_PAGES = 1_000;
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> AUTOCLAIM = new DefaultRedisScript<>(
            "return redis.call('XAUTOCLAIM', KEYS[1], ARGV[1], ARGV[2], ARGV[3], ARGV[4], 'COUNT', ARGV[5])", List.class);

    private record Endpoint(Subscription subscription, IdempotentConsumer consumer) {
    }

    private final StringRedisTemplate redis;
    private final ObjectMapper json;
    private final String stream;
    private final String consumerName;
    private final Duration block;
    private final Duration retryAfter;
    private final Duration consumerExpiry;
    private final Map<String, List<Endpoint>> groups = new ConcurrentHashMap<>();
    private final List<Thread> readers = new CopyOnWriteArrayList<>();
    private volatile boolean running;

    /** A broker on {@code stream}, reading as {@code consumerName} (unique per replica). */
    public RedisStreamsBroker(StringRedisTemplate redis, ObjectMapper json, String stream, String consumerName, Duration block,
                              Duration retryAfter) {
        this(redis, json, stream, consumerName, block, retryAfter, Duration.ofHours(1));
    }

    /** As above, removing consumers of a group idle for longer than {@code consumerExpiry} with nothing pending. */
    public RedisStreamsBroker(StringRedisTemplate redis, ObjectMapper json, String stream, String consumerName, Duration block,
                              Duration retryAfter, Duration consumerExpiry) {
        this.redis = redis;
        this.json = json;
        this.stream = stream;
        this.consumerName = consumerName;
        this.block = block;
        this.retryAfter = retryAfter;
        this.consumerExpiry = consumerExpiry;
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
                    removeGone(group);
                    lastClaim = System.currentTimeMillis();
                }
                List<MapRecord<String, Object, Object>> records = redis.opsForStream().read(me,
                        StreamReadOptions.empty().count(20).block(block), StreamOffset.create(stream, ReadOffset.lastConsumed()));
                if (records != null) {
                    records.forEach(r -> handleOne(group, r.getId().getValue(), r.getValue()));
                }
            } catch (RuntimeException | Error e) {
                // The reader is the group's only way in: it logs, pauses and carries on whatever happened.
                if (running) {
                    log.warn("{} could not read {}: {}", group, stream, e.toString());
                    sleep();
                }
            }
        }
    }

    /**
     * Takes over every message left unacknowledged for too long (a failed handler or a dead replica),
     * paging through the whole pending list with XAUTOCLAIM so none is out of reach behind the first page.
     */
    @SuppressWarnings("unchecked")
    private void claimIdle(String group) {
        String cursor = "0-0";
        for (int page = 0; page < MAX_CLAIM_PAGES && running; page++) {
            List<Object> reply = redis.execute(AUTOCLAIM, List.of(stream), group, consumerName,
                    String.valueOf(retryAfter.toMillis()), cursor, String.valueOf(CLAIM_PAGE));
            if (reply == null || reply.size() < 2) {
                return;
            }
            for (Object entry : (List<Object>) reply.get(1)) {
                List<Object> message = (List<Object>) entry;
                if (message == null || message.isEmpty()) {
                    continue;
                }
                String id = String.valueOf(message.get(0));
                Map<Object, Object> fields = new LinkedHashMap<>();
                List<Object> flat = message.size() > 1 && message.get(1) instanceof List<?> l ? (List<Object>) l : List.of();
                for (int i = 0; i + 1 < flat.size(); i += 2) {
                    fields.put(flat.get(i), flat.get(i + 1));
                }
                handleOne(group, id, fields);
            }
            cursor = String.valueOf(reply.get(0));
            if (cursor.equals("0-0")) {
                return;
            }
        }
    }

    /** Forgets consumers of the group that have been silent for long and hold nothing: replicas that are gone. */
    private void removeGone(String group) {
        for (StreamInfo.XInfoConsumer consumer : redis.opsForStream().consumers(stream, group)) {
            if (!consumer.consumerName().equals(consumerName) && consumer.pendingCount() == 0
                    && consumer.idleTimeMs() >= consumerExpiry.toMillis()) {
                redis.opsForStream().deleteConsumer(stream, Consumer.from(group, consumer.consumerName()));
                log.info("{} removed consumer {}, idle for {} s with nothing pending", group, consumer.consumerName(),
                        consumer.idleTimeMs() / 1000);
            }
        }
    }

    /** Handles one message; a failure stays with that message (it is claimed again), never with its batch. */
    private void handleOne(String group, String id, Map<Object, Object> fields) {
        try {
            handle(group, id, fields);
        } catch (RuntimeException | Error e) {
            log.warn("{} could not handle message {} of {}: {}", group, id, stream, e.toString());
        }
    }

    private void handle(String group, String id, Map<Object, Object> fields) {
        List<Endpoint> endpoints = groups.getOrDefault(group, List.of());
        String raw = fields.get("envelope") == null ? null : String.valueOf(fields.get("envelope"));
        EventEnvelope event;
        try {
            event = raw == null ? null : json.readValue(raw, EventEnvelope.class);
            if (event == null || event.type() == null || event.id() == null) {
                throw new IllegalArgumentException("message " + id + " carries no event envelope");
            }
        } catch (RuntimeException unreadable) {
            // Retrying cannot make it readable: park it where operators look, and let the stream move on.
            String eventId = fields.get("id") == null ? id : String.valueOf(fields.get("id"));
            String type = fields.get("type") == null ? "unknown" : String.valueOf(fields.get("type"));
            endpoints.stream().map(Endpoint::consumer).distinct()
                    .forEach(c -> c.parkUnreadable(group, eventId, type, raw, unreadable));
            redis.opsForStream().acknowledge(stream, group, RecordId.of(id));
            return;
        }
        boolean failed = false;
        for (Endpoint endpoint : endpoints) {
            if (!endpoint.subscription().wants(event.type())) {
                continue;
            }
            try {
                endpoint.consumer().deliver(endpoint.subscription(), event);
            } catch (RuntimeException e) {
                failed = true;
            }
        }
        if (!failed) {
            redis.opsForStream().acknowledge(stream, group, RecordId.of(id));
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
