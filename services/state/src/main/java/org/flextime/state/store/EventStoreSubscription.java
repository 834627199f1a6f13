package org.flextime.state.store;

import java.util.List;
import org.flextime.platform.messaging.EventSubscriptions;
import org.flextime.platform.messaging.Subscription;
import org.springframework.stereotype.Component;

/** The state service hears every event and keeps it. */
@Component
class EventStoreSubscription implements EventSubscriptions {

    private final EventStore store;

    EventStoreSubscription(EventStore store) {
        this.store = store;
    }

    @Override
    public List<Subscription> subscriptions() {
        return List.of(Subscription.all("state", store::append));
    }
}
