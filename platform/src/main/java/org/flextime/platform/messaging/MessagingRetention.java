package org.flextime.platform.messaging;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps the messaging tables bounded: published outbox rows, processed-event and delivery-attempt
 * rows older than the retention period are deleted, in batches so no delete holds the table for long.
 * Dead letters stay until an operator deals with them, and the event store (the audit) is not touched.
 */
public class MessagingRetention implements SmartLifecycle {

    /** Rows deleted by one purge. */
    public record Purged(int outbox, int processedEvents, int deliveryAttempts) {
    }

    private static final Logger log = LoggerFactory.getLogger(MessagingRetention.class);

    private final String service;
    private final JdbcTemplate jdbc;
    private final Duration retention;
    private final Duration every;
    private final int batch;
    private volatile ScheduledExecutorService timer;

    /** Retention of {@code retention} over the service's schema, purged every {@code every}, {@code batch} rows per delete. */
    public MessagingRetention(String service, JdbcTemplate jdbc, Duration retention, Duration every, int batch) {
        this.service = service;
        this.jdbc = jdbc;
        this.retention = retention;
        this.every = every;
        this.batch = batch;
    }

    /** Deletes what is older than the retention period at {@code now}. */
    public Purged purge(Instant now) {
        Timestamp cutoff = Timestamp.from(now.minus(retention));
        int outbox = inBatches("DELETE FROM outbox WHERE seq IN (SELECT seq FROM outbox "
                + "WHERE dispatched_at IS NOT NULL AND dispatched_at < ? ORDER BY seq LIMIT ?)", cutoff);
        int processed = inBatches("DELETE FROM processed_event WHERE (consumer_group, event_id) IN "
                + "(SELECT consumer_group, event_id FROM processed_event WHERE processed_at < ? LIMIT ?)", cutoff);
        int attempts = inBatches("DELETE FROM delivery_attempt WHERE (consumer_group, event_id) IN "
                + "(SELECT consumer_group, event_id FROM delivery_attempt WHERE updated_at < ? LIMIT ?)", cutoff);
        return new Purged(outbox, processed, attempts);
    }

    private int inBatches(String delete, Timestamp cutoff) {
        int total = 0;
        int deleted;
        do {
            deleted = jdbc.update(delete, cutoff, batch);
            total += deleted;
        } while (deleted == batch);
        return total;
    }

    private void purgeNow() {
        try {
            Purged purged = purge(Instant.now());
            if (purged.outbox() + purged.processedEvents() + purged.deliveryAttempts() > 0) {
                log.info("{} messaging retention deleted {}", service, purged);
            }
        } catch (RuntimeException | Error e) {
            log.warn("{} messaging retention failed, next try in {}: {}", service, every, e.toString());
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService t = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, service + "-retention");
            thread.setDaemon(true);
            return thread;
        });
        t.scheduleWithFixedDelay(this::purgeNow, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        timer = t;
    }

    @Override
    public void stop() {
        ScheduledExecutorService t = timer;
        if (t != null) {
            t.shutdownNow();
        }
        timer = null;
    }

    @Override
    public boolean isRunning() {
        return timer != null;
    }
}
