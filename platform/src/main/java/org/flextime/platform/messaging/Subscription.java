package org.flextime.platform.messaging;

import java.util.Set;

/**
 * A consumer group's interest in some event types.
 *
 * <p>Replicas of a service share one group name, so each event is handled once per group; an empty
 * type set means every type (the state service's event store).
 */
public record Subscription(String group, Set<String> types, EventHandler handler) {

    public Subscription {
        types = Set.copyOf(types);
    }

    /** A subscription to every event type. */
    public static Subscription all(String group, EventHandler handler) {
        return new Subscription(group, Set.of(), handler);
    }

    /** Whether events of this type reach the group. */
    public boolean wants(String type) {
        return types.isEmpty() || types.contains(type);
    }
}
