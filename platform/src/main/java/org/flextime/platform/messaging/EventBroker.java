package org.flextime.platform.messaging;

import org.flextime.contracts.events.EventEnvelope;

/** Hands an event to every consumer group that wants it: the transport behind the outbox. */
public interface EventBroker {

    /** Registers a group's consumer in this process. */
    void register(Subscription subscription, IdempotentConsumer consumer);

    /** Delivers the event to every interested group; throws when any group must see it again. */
    void deliver(EventEnvelope event);

    /** Blocks until every service of the topology has registered, so no event meets an empty room. */
    void awaitOpen() throws InterruptedException;
}
