package org.flextime.platform.saga;

import java.util.function.Function;
import org.flextime.contracts.events.EventEnvelope;
import org.flextime.contracts.events.EventTypes;
import org.flextime.contracts.events.Payloads;
import org.flextime.platform.faults.FaultInjection;
import org.flextime.platform.messaging.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The participant's side of a saga step: do the work and reply, or report the failure so the
 * orchestrator compensates; and honour the compensation command.
 *
 * <p>Runs inside the idempotent consumer's transaction, so the result, the reply and the
 * processed-event row commit together.
 */
public final class StepParticipant {

    /** The reply a step's work produces. */
    public record Reply(String type, Object data) {
    }

    private static final Logger log = LoggerFactory.getLogger(StepParticipant.class);

    private final String source;
    private final String step;
    private final StepResults results;
    private final EventPublisher events;
    private final FaultInjection faults;
    private final ObjectMapper json;

    /** A participant for one step, publishing as {@code source}. */
    public StepParticipant(String source, String step, StepResults results, EventPublisher events, FaultInjection faults,
                           ObjectMapper json) {
        this.source = source;
        this.step = step;
        this.results = results;
        this.events = events;
        this.faults = faults;
        this.json = json;
    }

    /**
     * Performs the step for a command; a business failure becomes a {@code saga.step.failed} reply, a
     * transient one (see {@link TransientFailures}) is thrown so the command is delivered again.
     */
    public void perform(EventEnvelope command, Function<EventEnvelope, Reply> work) {
        String sagaId = text(command.data(), "sagaId");
        String scheduleId = text(command.data(), "scheduleId");
        if (results.cleared(sagaId)) {
            log.info("{}: saga {} was compensated; ignoring late {}", step, sagaId, command.type());
            return;
        }
        Reply reply;
        try {
            faults.before(step);
            reply = work.apply(command);
        } catch (RuntimeException e) {
            if (TransientFailures.isTransient(e)) {
                // Not the step's fault: the consumer rolls back and the transport redelivers the command with backoff.
                log.warn("{} hit a transient failure for schedule {}, to be retried: {}", step, scheduleId, e.toString());
                throw e;
            }
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            log.warn("{} failed for schedule {}: {}", step, scheduleId, reason);
            events.publish(command.next(source, EventTypes.STEP_FAILED, scheduleId,
                    json.valueToTree(new Payloads.StepFailed(sagaId, scheduleId, step, reason))));
            return;
        }
        events.publish(command.next(source, reply.type(), scheduleId, json.valueToTree(reply.data())));
    }

    /** Undoes the step for a compensation command. */
    public void undo(EventEnvelope command) {
        Payloads.ClearStep clear = json.treeToValue(command.data(), Payloads.ClearStep.class);
        results.clear(clear.sagaId(), clear.scheduleId(), clear.reason());
    }

    private static String text(JsonNode data, String field) {
        JsonNode node = data.get(field);
        if (node == null || !node.isString()) {
            throw new IllegalArgumentException("command lacks " + field);
        }
        return node.asString();
    }
}
