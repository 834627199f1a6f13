package org.flextime.conflicts.step;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flextime.domain.GameStarts;
import org.flextime.engine.conflicts.Conflict;
import org.flextime.conflicts.detection.ConflictStore;
import org.flextime.conflicts.detection.ConstraintSets;
import org.flextime.conflicts.detection.Detection;
import org.flextime.conflicts.detection.HardViolations;
import org.flextime.conflicts.detection.ScheduleSeasons;
import org.flextime.engine.conflicts.ConflictDetector;
import org.flextime.contracts.events.EventEnvelope;
import org.flextime.contracts.events.EventTypes;
import org.flextime.contracts.events.Payloads;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;
import org.flextime.platform.faults.FaultInjection;
import org.flextime.platform.messaging.EventPublisher;
import org.flextime.platform.messaging.EventSubscriptions;
import org.flextime.platform.messaging.Subscription;
import org.flextime.platform.saga.JdbcStepResults;
import org.flextime.platform.saga.StepParticipant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Answers {@code conflicts.detect} with every double booking and its fix, under the double-booking rule of the
 * constraint set the schedule was made under (the active one when the saga names no version), and
 * stores the generated version's conflicts of every family (version 1, which later {@code schedule.changed} events
 * compare with); {@code conflicts.clear} undoes both.
 */
@Component
class DetectionStep implements EventSubscriptions {

    private static final Logger log = LoggerFactory.getLogger(DetectionStep.class);

    private final StepParticipant participant;
    private final JdbcStepResults results;
    private final ScheduleSeasons seasons;
    private final ObjectMapper json;
    private final Detection detection;
    private final ConflictStore store;
    private final ConstraintSets sets;

    DetectionStep(JdbcStepResults results, EventPublisher events, FaultInjection faults, ObjectMapper json, ScheduleSeasons seasons,
                  Detection detection, ConflictStore store, ConstraintSets sets) {
        this.detection = detection;
        this.store = store;
        this.sets = sets;
        this.participant = new StepParticipant("/flextime/conflicts", "detectConflicts", results, events, faults, json);
        this.results = results;
        this.seasons = seasons;
        this.json = json;
    }

    @Override
    public List<Subscription> subscriptions() {
        return List.of(
                new Subscription("conflicts", Set.of(EventTypes.CONFLICTS_DETECT), e -> participant.perform(e, this::detect)),
                new Subscription("conflicts", Set.of(EventTypes.CONFLICTS_CLEAR), this::clear));
    }

    private void clear(EventEnvelope command) {
        participant.undo(command);
        store.forget(json.treeToValue(command.data(), Payloads.ClearStep.class).scheduleId());
    }

    private StepParticipant.Reply detect(EventEnvelope command) {
        Payloads.ScheduleWork work = json.treeToValue(command.data(), Payloads.ScheduleWork.class);
        List<Game> games = work.games().stream().map(g -> new Game(g.id(), g.date(), g.home(), g.away(), g.venue(), GameStarts.parse(g.start()))).toList();
        ScheduleSeasons.Judged judged = seasons.remember(work.season(), work.seasonVersion(), work.seasonDocument());
        Season season = judged.season();
        List<Conflict> conflicts = detector(season, work).detect(games);
        Payloads.ConflictsDetected reply = new Payloads.ConflictsDetected(work.sagaId(), work.scheduleId(), conflicts.size(),
                conflicts.stream().map(c -> new Payloads.ConflictData(c.type(), c.subject(), c.date(), c.gameIds(),
                        c.explanation(), c.suggestedFix())).toList());
        try {
            detection.detect(work.scheduleId(), work.sport(), season, judged.version(), 1, games, Set.of(), "scheduler", command, false);
        } catch (HardViolations.Unavailable e) {
            // the saga's answer does not need the stored families; the first edit's detection stores them instead
            log.warn("schedule {}: version 1 conflicts not stored: {}", work.scheduleId(), e.getMessage());
        }
        results.save(work.sagaId(), work.scheduleId(), json.writeValueAsString(reply));
        return new StepParticipant.Reply(EventTypes.CONFLICTS_DETECTED, reply);
    }

    /** The double-booking rule of the constraint set the schedule was made under (the active one if the saga names none). */
    private ConflictDetector detector(Season season, Payloads.ScheduleWork work) {
        Optional<Sport> sport = season.sport(work.sport());
        if (sport.isEmpty()) {
            return new ConflictDetector();
        }
        try {
            return ConflictDetector.under(sets.of(season, sport.get(), work.constraintSetVersion()));
        } catch (HardViolations.Unavailable e) {
            // the saga's answer is informational: the sport's default rule says what a double booking is meanwhile
            log.warn("schedule {}: constraint set unknown, double bookings by the default rules: {}", work.scheduleId(), e.getMessage());
            return ConflictDetector.forSport(season, work.sport());
        }
    }
}
