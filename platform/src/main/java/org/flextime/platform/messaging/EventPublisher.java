package org.flextime.platform.messaging;

import org.flextime.contracts.events.EventEnvelope;

/** The publishing side of the messaging port: events leave only with the transaction that made them. */
public interface EventPublisher {

    /** Records the event for delivery; must run inside the caller's transaction. */
    void publish(EventEnvelope event);
}
