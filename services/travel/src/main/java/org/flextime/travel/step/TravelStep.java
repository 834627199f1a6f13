package org.flextime.travel.step;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flextime.contracts.events.EventEnvelope;
import org.flextime.contracts.events.EventTypes;
import org.flextime.contracts.events.Payloads;
import org.flextime.domain.Game;
import org.flextime.domain.GameStarts;
import org.flextime.domain.Season;
import org.flextime.domain.SeasonDocuments;
import org.flextime.domain.Sport;
import org.flextime.engine.travel.SeasonTravel;
import org.flextime.engine.travel.TeamTravel;
import org.flextime.engine.travel.TravelSummary;
import org.flextime.platform.faults.FaultInjection;
import org.flextime.platform.messaging.EventPublisher;
import org.flextime.platform.messaging.EventSubscriptions;
import org.flextime.platform.messaging.Subscription;
import org.flextime.platform.saga.JdbcStepResults;
import org.flextime.platform.saga.StepParticipant;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Answers {@code travel.optimize} with the schedule's travel miles by the season's road-trip model (the one the
 * optimizer minimises) and their dollars by the season's cost table, stored as the result {@code GET /api/v1/travel/{id}}
 * answers; {@code travel.clear} undoes it. The step measures and does not change games: the steps before it validated
 * them; the optimization is {@code POST /api/v1/schedules/{id}/travel/optimize}, or {@link FinalizedScheduleOptimization}
 * right after the saga.
 */
@Component
class TravelStep implements EventSubscriptions {

    private final StepParticipant participant;
    private final JdbcStepResults results;
    private final SeasonDocuments seasons;
    private final ObjectMapper json;

    TravelStep(JdbcStepResults results, EventPublisher events, FaultInjection faults, ObjectMapper json, SeasonDocuments seasons) {
        this.participant = new StepParticipant("/flextime/travel", "optimizeTravel", results, events, faults, json);
        this.results = results;
        this.seasons = seasons;
        this.json = json;
    }

    @Override
    public List<Subscription> subscriptions() {
        return List.of(
                new Subscription("travel", Set.of(EventTypes.TRAVEL_OPTIMIZE), e -> participant.perform(e, this::measure)),
                new Subscription("travel", Set.of(EventTypes.TRAVEL_CLEAR), participant::undo));
    }

    private StepParticipant.Reply measure(EventEnvelope command) {
        Payloads.ScheduleWork work = json.treeToValue(command.data(), Payloads.ScheduleWork.class);
        // the season version the schedule was built from, carried in the command
        Season season = seasons.season(work.season(), work.seasonVersion(), work.seasonDocument());
        List<Game> games = work.games().stream().map(g -> new Game(g.id(), g.date(), g.home(), g.away(), g.venue(), GameStarts.parse(g.start()))).toList();
        Sport sport = season.sport(work.sport()).orElseThrow(() -> new IllegalArgumentException(
                "season " + season.id() + " has no sport " + work.sport()));
        SeasonTravel model = new SeasonTravel(season, sport);
        TravelSummary travel = model.summarize(games);
        Map<String, Double> perTeam = new LinkedHashMap<>();
        Map<String, Double> dollarsPerTeam = new LinkedHashMap<>();
        for (TeamTravel t : travel.teams()) {
            perTeam.put(t.team(), (double) t.miles());
            dollarsPerTeam.put(t.team(), (double) t.dollars());
        }
        Payloads.TravelOptimized reply = new Payloads.TravelOptimized(work.sagaId(), work.scheduleId(), travel.miles(),
                perTeam, (double) travel.dollars(), dollarsPerTeam, (double) model.cost(games));
        results.save(work.sagaId(), work.scheduleId(), json.writeValueAsString(reply));
        return new StepParticipant.Reply(EventTypes.TRAVEL_OPTIMIZED, reply);
    }
}
