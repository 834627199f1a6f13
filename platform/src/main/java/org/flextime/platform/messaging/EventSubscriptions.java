package org.flextime.platform.messaging;

import java.util.List;

/** What a service subscribes to; each service declares one bean of this type. */
@FunctionalInterface
public interface EventSubscriptions {

    /** The service's subscriptions. */
    List<Subscription> subscriptions();
}
