package org.flextime.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** What every service configures of the platform; the defaults are in {@code platform.yml}. */
@ConfigurationProperties("flextime")
public record PlatformProperties(Service service, Outbox outbox, Consumer consumer, Bus bus, Messaging messaging) {

    /** The service's name: its consumer groups, its event source and its metrics carry it. */
    public record Service(String name) {
    }

    /** How the outbox dispatcher polls and backs off after a failed delivery. */
    public record Outbox(Duration poll, Duration backoff) {
    }

    /** How often a consumer may fail one event before it becomes a dead letter. */
    public record Consumer(int maxAttempts) {
    }

    /**
     * The event transport: {@code inprocess} or {@code redis}, the Redis stream, when an unacknowledged event is claimed
     * again, and how long a consumer with nothing pending may stay silent before it is removed from its group.
     */
    public record Bus(String kind, String stream, Duration retryAfter, Duration consumerExpiry) {

        /** Whether events travel over Redis Streams. */
        public boolean redis() {
            return "redis".equals(kind);
        }
    }

    /** How long published outbox rows and processed-event and delivery-attempt rows are kept. */
    public record Messaging(Duration retention) {
    }
}
