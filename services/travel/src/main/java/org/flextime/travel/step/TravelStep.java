package org.flextime.travel.step;

import java.time.Duration;
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
import org.flextime.engine.travel.OptimizedTravel;
import org.flextime.engine.travel.SeasonTravel;
import org.flextime.engine.travel.TeamTravel;
import org.flextime.engine.travel.TravelOptions;
import org.flextime.engine.travel.TravelSummary;
import org.flextime.platform.faults.FaultInjection;
import org.flextime.platform.messaging.EventPublisher;
import org.flextime.platform.messaging.EventSubscriptions;
import org.flextime.platform.messaging.Subscription;
import org.flextime.platform.saga.JdbcStepResults;
import org.flextime.platform.saga.StepParticipant;
import org.flextime.travel.config.TravelProperties;
import org.flextime.travel.schedules.ScheduleTravel;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Answers {@code travel.optimize}, the creation saga's step right after the draft: the draft's travel lowered by the
 * travel optimizer as {@code POST /api/v1/schedules/{id}/travel/optimize} lowers it ({@link ScheduleTravel#optimizeDraft}:
 * the sport's constraint set the job was built for, no hard rule worse), searching {@code flextime.travel.saga-optimize-for}.
 * The reply carries the games it changed, which the scheduler puts in the draft before the constraints and conflicts
 * steps judge it, and the miles and dollars (by the season's road-trip model and cost table) before and after; the
 * result {@code GET /api/v1/travel/{id}} answers is the reply. Only a cheaper schedule changes a game. {@code travel.clear}
 * undoes it.
 */
@Component
class TravelStep implements EventSubscriptions {

    private final StepParticipant participant;
    private final JdbcStepResults results;
    private final SeasonDocuments seasons;
    private final ScheduleTravel travel;
    private final Duration budget;
    private final ObjectMapper json;

    TravelStep(JdbcStepResults results, EventPublisher events, FaultInjection faults, ObjectMapper json, SeasonDocuments seasons,
               ScheduleTravel travel, TravelProperties settings) {
        this.participant = new StepParticipant("/flextime/travel", "optimizeTravel", results, events, faults, json);
        this.results = results;
        this.seasons = seasons;
        this.travel = travel;
        this.budget = settings.sagaOptimizeFor() != null ? settings.sagaOptimizeFor() : settings.optimizeFor();
        this.json = json;
    }

    @Override
    public List<Subscription> subscriptions() {
        return List.of(
                new Subscription("travel", Set.of(EventTypes.TRAVEL_OPTIMIZE), e -> participant.perform(e, this::optimize)),
                new Subscription("travel", Set.of(EventTypes.TRAVEL_CLEAR), participant::undo));
    }

    private StepParticipant.Reply optimize(EventEnvelope command) {
        Payloads.ScheduleWork work = json.treeToValue(command.data(), Payloads.ScheduleWork.class);
        // the season version the schedule was built from, carried in the command
        Season season = seasons.season(work.season(), work.seasonVersion(), work.seasonDocument());
        List<Game> draft = work.games().stream().map(g -> new Game(g.id(), g.date(), g.home(), g.away(), g.venue(), GameStarts.parse(g.start()))).toList();
        Sport sport = season.sport(work.sport()).orElseThrow(() -> new IllegalArgumentException(
                "season " + season.id() + " has no sport " + work.sport()));
        OptimizedTravel optimized = travel.optimizeDraft(season, sport, draft, work.constraintSetVersion(),
                new TravelOptions(1, budget, 0, TravelOptions.DEFAULT.softPrice()));
        SeasonTravel model = new SeasonTravel(season, sport);
        TravelSummary before = model.summarize(draft);
        TravelSummary found = optimized.changed().isEmpty() ? before : model.summarize(optimized.games());
        // as the endpoint saves a version: only a schedule that costs less, by the figures reported, replaces the draft's games
        boolean cheaper = found.dollars() < before.dollars();
        List<Game> games = cheaper ? optimized.games() : draft;
        TravelSummary after = cheaper ? found : before;
        Map<String, Double> perTeam = new LinkedHashMap<>();
        Map<String, Double> dollarsPerTeam = new LinkedHashMap<>();
        for (TeamTravel t : after.teams()) {
            perTeam.put(t.team(), (double) t.miles());
            dollarsPerTeam.put(t.team(), (double) t.dollars());
        }
        List<Payloads.GameData> changed = cheaper ? optimized.changed().stream().map(g -> new Payloads.GameData(g.id(), g.date(),
                g.home(), g.away(), g.venue(), GameStarts.text(g.start()))).toList() : List.of();
        Payloads.TravelOptimized reply = new Payloads.TravelOptimized(work.sagaId(), work.scheduleId(), after.miles(),
                perTeam, (double) after.dollars(), dollarsPerTeam, (double) model.cost(games), (double) before.miles(),
                (double) before.dollars(), (double) (before.dollars() - after.dollars()), changed);
        results.save(work.sagaId(), work.scheduleId(), json.writeValueAsString(reply));
        return new StepParticipant.Reply(EventTypes.TRAVEL_OPTIMIZED, reply);
    }
}
