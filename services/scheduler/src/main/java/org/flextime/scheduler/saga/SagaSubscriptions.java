package org.flextime.scheduler.saga;

import static org.flextime.contracts.events.EventTypes.*;

import java.util.List;
import java.util.Set;
import org.flextime.platform.messaging.EventSubscriptions;
import org.flextime.platform.messaging.Subscription;
import org.springframework.stereotype.Component;

/** The events that drive the saga, consumed under the group {@code scheduler-saga}. */
@Component
class SagaSubscriptions implements EventSubscriptions {

    private final ScheduleCreationSaga saga;

    SagaSubscriptions(ScheduleCreationSaga saga) {
        this.saga = saga;
    }

    @Override
    public List<Subscription> subscriptions() {
        return List.of(
                new Subscription("scheduler-saga", Set.of(SCHEDULE_REQUESTED), saga::onRequested),
                new Subscription("scheduler-saga", Set.of(SCHEDULE_VALIDATED, CONFLICTS_DETECTED, TRAVEL_OPTIMIZED, QUALITY_PREDICTED),
                        saga::onReply),
                new Subscription("scheduler-saga", Set.of(STEP_FAILED), saga::onStepFailed));
    }
}
