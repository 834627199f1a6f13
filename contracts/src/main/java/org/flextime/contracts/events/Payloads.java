package org.flextime.contracts.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The data records carried by FlexTime's events; each has a JSON Schema in {@code schemas/}. */
public final class Payloads {

    private Payloads() {
    }

    /** One game as it travels between services; {@code start} its own local start "HH:mm", null when not set. */
    public record GameData(String id, LocalDate date, String home, String away, String venue, String start) {

        /** A game with no start time of its own. */
        public GameData(String id, LocalDate date, String home, String away, String venue) {
            this(id, date, home, away, venue, null);
        }
    }

    /** A schedule was requested. */
    public record ScheduleRequested(String sagaId, String jobId, String scheduleId, String sport, String season,
                                    Map<String, Object> options) {
    }

    /** A draft exists. */
    public record DraftCreated(String sagaId, String scheduleId, String sport, String season, int games) {
    }

    /** A running job's progress: the best hard and soft score found so far. */
    public record ScheduleProgress(String sagaId, String jobId, String scheduleId, long elapsedMillis, int bestHard,
                                   long bestSoft) {
    }

    /** A draft was removed by compensation. */
    public record DraftDeleted(String sagaId, String scheduleId, String reason) {
    }

    /**
     * A command that hands a whole schedule to a saga participant, with the season version it was built from and that
     * version's document (the season schema's format), so every participant judges it by the same data without reading
     * the scheduler's tables; {@code constraintSetVersion} is the sport's constraint set version it was built for (null:
     * the active one).
     */
    public record ScheduleWork(String sagaId, String scheduleId, String sport, String season, List<GameData> games,
                               Integer seasonVersion, JsonNode seasonDocument, Integer constraintSetVersion) {
    }

    /** A compensation command: forget what the named step stored for this schedule. */
    public record ClearStep(String sagaId, String scheduleId, String reason) {
    }

    /** One rule violation, explained. */
    public record ViolationData(String rule, String severity, int penalty, String explanation,
                                List<String> gameIds, List<String> teams) {
    }

    /** Validation result. */
    public record ScheduleValidated(String sagaId, String scheduleId, int hardViolations, int softPenalty,
                                    List<ViolationData> violations) {
    }

    /** One conflict, with a fix. */
    public record ConflictData(String type, String subject, LocalDate date, List<String> gameIds,
                               String explanation, String suggestedFix) {
    }

    /** Conflict detection result. */
    public record ConflictsDetected(String sagaId, String scheduleId, int count, List<ConflictData> conflicts) {
    }

    /**
     * Travel result: miles by the one road-trip model, what they cost in dollars by the season's table for the sport's
     * travel party, and those dollars in miles' worth at the sport's average price of a mile, the travel cost the quality
     * deducts for (both null from a sender that does not price them), all of the games after the travel optimizer.
     * {@code milesBefore} and {@code dollarsBefore} are the same figures of the games the step was given, {@code saving}
     * the dollars between them (never negative: a costlier schedule is never returned), and {@code changedGames} the games
     * the optimizer changed, as they are after (empty when nothing cheaper was found); the three figures and the games are
     * null from a sender that only measures.
     */
    public record TravelOptimized(String sagaId, String scheduleId, double totalMiles, Map<String, Double> milesPerTeam,
                                  Double totalDollars, Map<String, Double> dollarsPerTeam, Double travelCost,
                                  Double milesBefore, Double dollarsBefore, Double saving, List<GameData> changedGames) {
        /** A result without the travel cost. */
        public TravelOptimized(String sagaId, String scheduleId, double totalMiles, Map<String, Double> milesPerTeam,
                               Double totalDollars, Map<String, Double> dollarsPerTeam) {
            this(sagaId, scheduleId, totalMiles, milesPerTeam, totalDollars, dollarsPerTeam, null);
        }

        /** A measurement that changed no game. */
        public TravelOptimized(String sagaId, String scheduleId, double totalMiles, Map<String, Double> milesPerTeam,
                               Double totalDollars, Map<String, Double> dollarsPerTeam, Double travelCost) {
            this(sagaId, scheduleId, totalMiles, milesPerTeam, totalDollars, dollarsPerTeam, travelCost, null, null, null, null);
        }
    }

    /**
     * The figures the quality model needs; {@code travelCost} (null: the miles stand for it) is the travel step's
     * {@link TravelOptimized#travelCost}.
     */
    public record PredictQuality(String sagaId, String scheduleId, int games, int hardViolations, int softPenalty,
                                 int conflicts, double totalMiles, double homeAwayImbalance, Double travelCost) {
        /** A command without the travel cost. */
        public PredictQuality(String sagaId, String scheduleId, int games, int hardViolations, int softPenalty,
                              int conflicts, double totalMiles, double homeAwayImbalance) {
            this(sagaId, scheduleId, games, hardViolations, softPenalty, conflicts, totalMiles, homeAwayImbalance, null);
        }
    }

    /** Quality prediction. */
    public record QualityPredicted(String sagaId, String scheduleId, double quality, Map<String, Double> components) {
    }

    /** A participant failed its step; the orchestrator compensates. */
    public record StepFailed(String sagaId, String scheduleId, String step, String reason) {
    }

    /**
     * The saga completed; {@code conflicts}, {@code travelMiles} and {@code quality} are null when their step does not
     * apply to the schedule's problem (an imported RobinX instance: no venues, campuses or conference model).
     */
    public record ScheduleFinalized(String sagaId, String scheduleId, String sport, String season, int games,
                                    int hardViolations, Integer conflicts, Double travelMiles, Double quality) {
    }

    /** The saga failed and was compensated. */
    public record CreationFailed(String sagaId, String scheduleId, String step, String reason) {
    }

    /** A constraint set's active version changed (previousVersion is null when the set is new). */
    public record ConstraintsChanged(String setId, String sport, String season, int version, Integer previousVersion,
                                     String contentHash) {
    }

    /**
     * A schedule has a new version (an edit, a batch, an undo, an applied proposal): every game as it now stands, the
     * games that changed from {@code previousVersion}, the pinned games, and who made the version and why.
     */
    public record ScheduleChanged(String scheduleId, String sport, String season, int version, int previousVersion,
                                  String actor, String reason, List<String> changedGameIds, List<String> pinnedGameIds,
                                  List<GameData> games) {
    }

    /** One conflict as its events carry it. */
    public record ConflictItem(String id, String kind, String family, String severity, String subject, LocalDate date,
                               List<String> gameIds, List<String> parties, String explanation, String source) {
    }

    /** Detection found new conflicts in a schedule version; {@code open} counts all its open conflicts. */
    public record ConflictDetected(String scheduleId, String sport, String season, int version, int open,
                                   List<ConflictItem> conflicts) {
    }

    /** Conflicts of a schedule are gone in a version: how ({@code method}: the edit, the proposal) and by whom. */
    public record ConflictResolved(String scheduleId, int version, List<String> conflictIds, String method, String actor) {
    }

    /** One checked proposal as its event carries it: its rank (1 is best), the strategy, the games it changes. */
    public record ProposalItem(String id, int rank, String strategy, String explanation, List<String> gameIds) {
    }

    /**
     * Proposals were offered for a conflict of a schedule version; {@code failures} names the strategies that threw or
     * ran out of time ("name: reason").
     */
    public record ResolutionProposed(String scheduleId, String conflictId, int version, List<ProposalItem> proposals,
                                     List<String> failures) {
    }
}
