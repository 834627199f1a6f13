package org.flextime.constraints.step;

import java.util.List;
import java.util.Set;

import org.flextime.domain.GameStarts;
import org.flextime.rules.ValidationReport;
import org.flextime.constraints.sets.ConstraintSets;
import org.flextime.contracts.events.EventEnvelope;
import org.flextime.contracts.events.EventTypes;
import org.flextime.contracts.events.Payloads;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.SeasonDocuments;
import org.flextime.domain.Sport;
import org.flextime.platform.faults.FaultInjection;
import org.flextime.platform.messaging.EventPublisher;
import org.flextime.platform.messaging.EventSubscriptions;
import org.flextime.platform.messaging.Subscription;
import org.flextime.platform.saga.JdbcStepResults;
import org.flextime.platform.saga.StepParticipant;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** Answers {@code schedule.validate} with the validation report; {@code validation.clear} undoes it. */
@Component
class ValidationStep implements EventSubscriptions {

    private final StepParticipant participant;
    private final JdbcStepResults results;
    private final SeasonDocuments seasons;
    private final ConstraintSets sets;
    private final ObjectMapper json;

    ValidationStep(JdbcStepResults results, EventPublisher events, FaultInjection faults, ObjectMapper json,
                   SeasonDocuments seasons, ConstraintSets sets) {
        this.participant = new StepParticipant("/flextime/constraints", "validateConstraints", results, events, faults, json);
        this.results = results;
        this.seasons = seasons;
        this.sets = sets;
        this.json = json;
    }

    @Override
    public List<Subscription> subscriptions() {
        return List.of(
                new Subscription("constraints", Set.of(EventTypes.SCHEDULE_VALIDATE), e -> participant.perform(e, this::validate)),
                new Subscription("constraints", Set.of(EventTypes.VALIDATION_CLEAR), participant::undo));
    }

    private StepParticipant.Reply validate(EventEnvelope command) {
        Payloads.ScheduleWork work = json.treeToValue(command.data(), Payloads.ScheduleWork.class);
        // the season version the schedule was built from, carried in the command: never another version's data; an
        // imported RobinX instance carries none and is its own season, as the constraint sets resolve it
        Season season = work.seasonVersion() == null ? sets.season(work.season(), "season")
                : seasons.season(work.season(), work.seasonVersion(), work.seasonDocument());
        Sport sport = season.sport(work.sport()).orElseThrow(() -> new IllegalArgumentException("unknown sport " + work.sport()));
        List<Game> games = work.games().stream().map(g -> new Game(g.id(), g.date(), g.home(), g.away(), g.venue(), GameStarts.parse(g.start()))).toList();
        // the constraint set version the draft was built for (none named: the sport's active set, its defaults until one
        // is created): the same rules the API validates with
        ValidationReport report = sets.resolve(season, sport, work.constraintSetVersion()).compiled().validate(games);
        Payloads.ScheduleValidated reply = new Payloads.ScheduleValidated(work.sagaId(), work.scheduleId(), report.hardViolations(),
                report.softPenalty(), report.violations().stream().map(v -> new Payloads.ViolationData(v.rule(), v.severity().name(),
                v.penalty(), v.explanation(), v.gameIds(), v.teams())).toList());
        results.save(work.sagaId(), work.scheduleId(), json.writeValueAsString(reply));
        return new StepParticipant.Reply(EventTypes.SCHEDULE_VALIDATED, reply);
    }
}
