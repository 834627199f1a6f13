package org.flextime.platform.messaging;

import org.flextime.contracts.events.EventEnvelope;

/** Handles one delivered event inside the consumer's transaction. */
@FunctionalInterface
public interface EventHandler {

    /** Performs the consumer's business effect; a throw rolls it back and the event is retried. */
    void handle(EventEnvelope event) throws Exception;
}
