package org.flextime.platform.messaging;

import java.sql.Timestamp;
import java.time.Instant;
import io.micrometer.core.instrument.MeterRegistry;
import org.flextime.contracts.events.EventEnvelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.flextime.platform.security.Actor;
import org.slf4j.MDC;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * Runs a subscription's handler at most once per event, inside the consumer's own transaction.
 *
 * <p>The processed-event row and the business effect commit together, so a redelivered event is
 * recognised and skipped. A handler that keeps failing is parked as a dead letter after
 * {@code maxAttempts}, so one poison message cannot stall the stream.
 */
public class IdempotentConsumer {

    /** What became of one delivery. */
    public enum Outcome { HANDLED, DUPLICATE, DEAD_LETTERED }

    private static final Logger log = LoggerFactory.getLogger(IdempotentConsumer.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ObjectMapper json;
    private final int maxAttempts;
    private final MeterRegistry meters;

    /** A consumer over the service's own schema, counting outcomes in {@code meters}. */
    public IdempotentConsumer(JdbcTemplate jdbc, TransactionTemplate tx, ObjectMapper json, int maxAttempts, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.json = json;
        this.maxAttempts = maxAttempts;
        this.meters = meters;
    }

    /** Delivers one event to one subscription; throws {@link DeliveryFailedException} when it should be retried. */
    public Outcome deliver(Subscription subscription, EventEnvelope event) {
        String previous = MDC.get("correlationId");
        String previousService = MDC.get("serviceName");
        MDC.put("serviceName", subscription.group());
        MDC.put("correlationId", event.correlationid() == null ? "" : event.correlationid());
        String previousActor = MDC.get(Actor.KEY);
        if (event.actor() != null) {
            MDC.put(Actor.KEY, event.actor());
        }
        if (event.traceparent() != null && event.traceparent().length() >= 35) {
            MDC.put("traceId", event.traceparent().substring(3, 35));
        }
        try {
            Outcome outcome = tx.execute(status -> {
                int inserted = jdbc.update("INSERT INTO processed_event (consumer_group, event_id, event_type, outcome, processed_at) "
                                + "VALUES (?, ?, ?, 'handled', ?) ON CONFLICT DO NOTHING",
                        subscription.group(), event.id(), event.type(), Timestamp.from(Instant.now()));
                if (inserted == 0) {
                    return Outcome.DUPLICATE;
                }
                try {
                    subscription.handler().handle(event);
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return Outcome.HANDLED;
            });
            if (outcome == Outcome.DUPLICATE) {
                log.info("{} already handled {} {}; skipped the repeat", subscription.group(), event.type(), event.id());
            }
            count(subscription, event, outcome.name().toLowerCase());
            return outcome;
        } catch (RuntimeException failure) {
            Outcome outcome = failed(subscription, event, failure);
            count(subscription, event, outcome.name().toLowerCase());
            return outcome;
        } finally {
            MDC.remove("traceId");
            if (previousService == null) {
                MDC.remove("serviceName");
            } else {
                MDC.put("serviceName", previousService);
            }
            if (previous == null) {
                MDC.remove("correlationId");
            } else {
                MDC.put("correlationId", previous);
            }
            if (previousActor == null) {
                MDC.remove(Actor.KEY);
            } else {
                MDC.put(Actor.KEY, previousActor);
            }
        }
    }

    /** Parks a message that holds no readable event as a dead letter of {@code group}: no retry can help it. */
    public void parkUnreadable(String group, String eventId, String type, String raw, Throwable failure) {
        String error = "unreadable event: " + Messages.describe(failure);
        String id = Messages.clip(eventId, 64);
        String eventType = Messages.clip(type, 128);
        tx.executeWithoutResult(status -> {
            Timestamp now = Timestamp.from(Instant.now());
            jdbc.update("INSERT INTO dead_letter (consumer_group, event_id, event_type, envelope, error, attempts, created_at) "
                            + "VALUES (?, ?, ?, ?, ?, 1, ?) ON CONFLICT DO NOTHING",
                    group, id, eventType, raw == null ? "" : raw, Messages.clip(error, 4000), now);
            jdbc.update("INSERT INTO processed_event (consumer_group, event_id, event_type, outcome, processed_at) "
                    + "VALUES (?, ?, ?, 'dead-lettered', ?) ON CONFLICT DO NOTHING", group, id, eventType, now);
        });
        meters.counter("flextime.events.consumed", "group", group, "type", eventType, "outcome", "dead_lettered").increment();
        log.error("{} parked unreadable message {} as a dead letter: {}", group, id, error);
    }

    private void count(Subscription subscription, EventEnvelope event, String outcome) {
        meters.counter("flextime.events.consumed", "group", subscription.group(), "type", event.type(), "outcome", outcome).increment();
    }

    private Outcome failed(Subscription subscription, EventEnvelope event, RuntimeException failure) {
        String error = Messages.describe(failure);
        Integer attempts = tx.execute(status -> {
            Timestamp now = Timestamp.from(Instant.now());
            int updated = jdbc.update("UPDATE delivery_attempt SET attempts = attempts + 1, last_error = ?, updated_at = ? "
                    + "WHERE consumer_group = ? AND event_id = ?", Messages.clip(error, 2000), now, subscription.group(), event.id());
            if (updated == 0) {
                jdbc.update("INSERT INTO delivery_attempt (consumer_group, event_id, attempts, last_error, updated_at) VALUES (?, ?, 1, ?, ?)",
                        subscription.group(), event.id(), Messages.clip(error, 2000), now);
            }
            int n = jdbc.queryForObject("SELECT attempts FROM delivery_attempt WHERE consumer_group = ? AND event_id = ?",
                    Integer.class, subscription.group(), event.id());
            if (n >= maxAttempts) {
                jdbc.update("INSERT INTO dead_letter (consumer_group, event_id, event_type, envelope, error, attempts, created_at) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                        subscription.group(), event.id(), event.type(), json.writeValueAsString(event),
                        Messages.clip(error, 4000), n, now);
                jdbc.update("INSERT INTO processed_event (consumer_group, event_id, event_type, outcome, processed_at) "
                        + "VALUES (?, ?, ?, 'dead-lettered', ?) ON CONFLICT DO NOTHING", subscription.group(), event.id(), event.type(), now);
            }
            return n;
        });
        if (attempts != null && attempts >= maxAttempts) {
            log.error("{} parked {} {} as a dead letter after {} attempts: {}", subscription.group(), event.type(), event.id(), attempts, error);
            return Outcome.DEAD_LETTERED;
        }
        log.warn("{} failed {} {} (attempt {}): {}", subscription.group(), event.type(), event.id(), attempts, error);
        count(subscription, event, "failed");
        throw new DeliveryFailedException(subscription.group() + " failed " + event.type() + ": " + error, failure);
    }
}
