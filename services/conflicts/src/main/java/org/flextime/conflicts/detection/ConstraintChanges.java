package org.flextime.conflicts.detection;

import java.util.List;
import java.util.Set;
import org.flextime.contracts.events.EventTypes;
import org.flextime.contracts.events.Payloads;
import org.flextime.platform.messaging.EventSubscriptions;
import org.flextime.platform.messaging.Subscription;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** Answers {@code constraints.changed}: the sport's kept active set is dropped, so the next detection asks for the new one. */
@Component
class ConstraintChanges implements EventSubscriptions {

    private final ConstraintSets sets;
    private final ObjectMapper json;

    ConstraintChanges(ConstraintSets sets, ObjectMapper json) {
        this.sets = sets;
        this.json = json;
    }

    @Override
    public List<Subscription> subscriptions() {
        return List.of(new Subscription("conflicts-constraints", Set.of(EventTypes.CONSTRAINTS_CHANGED), event -> {
            Payloads.ConstraintsChanged changed = json.treeToValue(event.data(), Payloads.ConstraintsChanged.class);
            sets.forget(changed.season(), changed.sport());
        }));
    }
}
