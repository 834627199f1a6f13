package org.flextime.platform.messaging;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** Health of the outbox dispatcher: DOWN when its thread is gone, so a service that stopped publishing says so. */
public class OutboxHealth implements HealthIndicator {

    private final OutboxDispatcher dispatcher;

    /** Health for this dispatcher. */
    public OutboxHealth(OutboxDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public Health health() {
        Health.Builder health = dispatcher.alive() ? Health.up() : Health.down();
        return health.withDetail("dispatcherAlive", dispatcher.alive())
                .withDetail("failingPasses", dispatcher.failingPasses()).build();
    }
}
