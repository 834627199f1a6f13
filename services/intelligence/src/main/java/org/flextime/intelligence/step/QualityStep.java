package org.flextime.intelligence.step;

import java.util.List;
import java.util.Set;
import org.flextime.contracts.events.EventEnvelope;
import org.flextime.contracts.events.EventTypes;
import org.flextime.contracts.events.Payloads;
import org.flextime.domain.QualityInputs;
import org.flextime.domain.QualityModel;
import org.flextime.domain.QualityScore;
import org.flextime.platform.faults.FaultInjection;
import org.flextime.platform.messaging.EventPublisher;
import org.flextime.platform.messaging.EventSubscriptions;
import org.flextime.platform.messaging.Subscription;
import org.flextime.platform.saga.JdbcStepResults;
import org.flextime.platform.saga.StepParticipant;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** Answers {@code quality.predict} with the schedule's quality score; {@code quality.clear} undoes it. */
@Component
class QualityStep implements EventSubscriptions {

    private final StepParticipant participant;
    private final JdbcStepResults results;
    private final QualityModel model;
    private final ObjectMapper json;

    QualityStep(JdbcStepResults results, EventPublisher events, FaultInjection faults, ObjectMapper json, QualityModel model) {
        this.participant = new StepParticipant("/flextime/intelligence", "predictQuality", results, events, faults, json);
        this.results = results;
        this.model = model;
        this.json = json;
    }

    @Override
    public List<Subscription> subscriptions() {
        return List.of(
                new Subscription("intelligence", Set.of(EventTypes.QUALITY_PREDICT), e -> participant.perform(e, this::predict)),
                new Subscription("intelligence", Set.of(EventTypes.QUALITY_CLEAR), participant::undo));
    }

    private StepParticipant.Reply predict(EventEnvelope command) {
        Payloads.PredictQuality in = json.treeToValue(command.data(), Payloads.PredictQuality.class);
        QualityScore score = model.score(new QualityInputs(in.games(), in.hardViolations(), in.softPenalty(), in.conflicts(),
                in.totalMiles(), in.homeAwayImbalance(), in.travelCost() != null ? in.travelCost() : in.totalMiles()));
        Payloads.QualityPredicted reply = new Payloads.QualityPredicted(in.sagaId(), in.scheduleId(), score.value(), score.components());
        results.save(in.sagaId(), in.scheduleId(), json.writeValueAsString(reply));
        return new StepParticipant.Reply(EventTypes.QUALITY_PREDICTED, reply);
    }
}
