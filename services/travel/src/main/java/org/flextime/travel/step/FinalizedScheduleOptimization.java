package org.flextime.travel.step;

import java.util.List;
import java.util.Set;

import org.flextime.contracts.api.TravelOptimizeResult;
import org.flextime.contracts.events.EventEnvelope;
import org.flextime.contracts.events.EventTypes;
import org.flextime.contracts.events.Payloads;
import org.flextime.platform.messaging.EventSubscriptions;
import org.flextime.platform.messaging.Subscription;
import org.flextime.platform.web.InvalidFieldException;
import org.flextime.platform.web.PreconditionFailedException;
import org.flextime.travel.schedules.ScheduleTravel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * The creation saga's travel, optimized: once a season's schedule is final ({@code schedule.finalized}), its travel is
 * optimized as {@code POST /api/v1/schedules/{id}/travel/optimize} does, into version 2 by the travel optimizer. The
 * saga's own step only measures, because the games it would change have already been validated and checked for
 * conflicts by the steps before it; an edit after finalizing goes through the editing flow, which checks them again.
 * On when {@code flextime.travel.optimize-finalized} is true.
 */
@Component
@ConditionalOnProperty(name = "flextime.travel.optimize-finalized", havingValue = "true")
class FinalizedScheduleOptimization implements EventSubscriptions {
    private static final Logger log = LoggerFactory.getLogger(FinalizedScheduleOptimization.class);

    private final ScheduleTravel travel;
    private final ObjectMapper json;

    FinalizedScheduleOptimization(ScheduleTravel travel, ObjectMapper json) {
        this.travel = travel;
        this.json = json;
    }

    @Override
    public List<Subscription> subscriptions() {
        return List.of(new Subscription("travel-optimizer", Set.of(EventTypes.SCHEDULE_FINALIZED), this::optimize));
    }

    private void optimize(EventEnvelope event) {
        Payloads.ScheduleFinalized done = json.treeToValue(event.data(), Payloads.ScheduleFinalized.class);
        if (done.travelMiles() == null) {
            return;
        }
        try {
            TravelOptimizeResult r = travel.optimize(done.scheduleId(), null);
            log.info("schedule {}: travel optimized from v{} to v{}, ${} saved", done.scheduleId(), r.fromVersion(), r.version(),
                    r.saving());
        } catch (PreconditionFailedException | InvalidFieldException e) {
            // someone edited first, or the schedule cannot be priced: nothing to retry
            log.info("schedule {}: travel not optimized after finalizing: {}", done.scheduleId(), e.getMessage());
        }
    }
}
