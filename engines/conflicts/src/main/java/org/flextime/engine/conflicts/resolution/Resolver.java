package org.flextime.engine.conflicts.resolution;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.flextime.domain.Game;
import org.flextime.domain.GameStarts;
import org.flextime.engine.conflicts.ScheduleConflict;

/**
 * Asks every strategy for candidates to resolve a conflict and keeps the ones that pass every check: the conflict is
 * gone, no hard violation is new, no new conflict is as severe as the one resolved or more, no pinned game moves.
 *
 * <p>Strategies may be plug-ins, so each runs on {@code executor} with a shared time budget: one that throws or has
 * not answered when the budget is spent is reported in {@link Resolution#failures()} and the others still count (a
 * strategy that ignores interruption keeps its thread, never the caller). The checked proposals are ranked by score,
 * lowest first: the change in weighted conflicts, plus one per changed game, plus one per 500 more miles travelled,
 * less twice the strategy's record for the family ({@link Effectiveness}); between equal scores, the one moving games
 * fewer days, then the one shifting start times less.
 */
public final class Resolver {

    /** How many proposals an answer holds at most. */
    public static final int MAX_PROPOSALS = 10;
    private static final double MILES_PER_POINT = 500;

    private final ExecutorService executor;
    private final Duration budget;

    /** A resolver running strategies on {@code executor}, each answering within {@code budget} of the start. */
    public Resolver(ExecutorService executor, Duration budget) {
        this.executor = executor;
        this.budget = budget;
    }

    /** The checked, ranked proposals of the strategies for the situation's conflict. */
    public Resolution resolve(Situation situation, ScheduleJudge judge, List<ResolutionStrategy> strategies,
                              Effectiveness record) {
        Map<ResolutionStrategy, Future<List<Candidate>>> running = new LinkedHashMap<>();
        for (ResolutionStrategy s : strategies) {
            running.put(s, executor.submit(() -> s.propose(situation)));
        }
        long deadline = System.nanoTime() + budget.toNanos();
        List<StrategyFailure> failures = new ArrayList<>();
        Map<String, List<Candidate>> offered = new LinkedHashMap<>();
        running.forEach((s, future) -> {
            String name = safeName(s);
            try {
                List<Candidate> found = future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                offered.put(name, found == null ? List.of() : found);
            } catch (TimeoutException e) {
                future.cancel(true);
                failures.add(new StrategyFailure(name, StrategyFailure.Kind.TIMED_OUT, "no answer within " + budget.toMillis() + " ms"));
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                failures.add(new StrategyFailure(name, StrategyFailure.Kind.THREW, cause.getClass().getSimpleName()
                        + (cause.getMessage() == null ? "" : ": " + cause.getMessage())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                future.cancel(true);
                failures.add(new StrategyFailure(name, StrategyFailure.Kind.TIMED_OUT, "interrupted"));
            }
        });
        return check(situation, judge, offered, failures, record);
    }

    private static Resolution check(Situation situation, ScheduleJudge judge, Map<String, List<Candidate>> offered,
                                    List<StrategyFailure> failures, Effectiveness record) {
        ScheduleConflict conflict = situation.conflict();
        ScheduleJudge.Judgement before = judge.judge(situation.games());
        Set<String> known = new HashSet<>();
        before.conflicts().forEach(c -> known.add(c.fingerprint()));
        Map<String, Game> byId = new HashMap<>();
        situation.games().forEach(g -> byId.putIfAbsent(g.id(), g));
        List<Proposal> proposals = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int candidates = 0;
        int rejected = 0;
        for (Map.Entry<String, List<Candidate>> e : offered.entrySet()) {
            for (Candidate c : e.getValue()) {
                candidates++;
                List<ChangedGame> changes = changes(c, byId, situation);
                if (changes == null || !seen.add(key(changes))) {
                    rejected++;
                    continue;
                }
                List<Game> after = apply(situation.games(), changes);
                ScheduleJudge.Judgement judged = judge.judge(after);
                boolean resolves = judged.conflicts().stream().noneMatch(x -> x.fingerprint().equals(conflict.fingerprint()));
                boolean newHard = !before.hardViolations().containsAll(judged.hardViolations());
                boolean newSevere = judged.conflicts().stream()
                        .anyMatch(x -> !known.contains(x.fingerprint()) && x.severity().atLeast(conflict.severity()));
                if (!resolves || newHard || newSevere) {
                    rejected++;
                    continue;
                }
                Set<String> teams = new TreeSet<>();
                changes.forEach(ch -> teams.addAll(List.of(ch.before().home(), ch.before().away(), ch.after().home(), ch.after().away())));
                long miles = judge.miles(after, teams) - judge.miles(situation.games(), teams);
                int quality = judged.weight() - before.weight();
                double score = quality + changes.size() + miles / MILES_PER_POINT - 2 * record.of(e.getKey(), conflict.family());
                proposals.add(new Proposal(e.getKey(), c.explanation(), changes, miles, quality, score));
            }
        }
        String sport = situation.sport().code();
        proposals.sort(Comparator.comparingDouble(Proposal::score).thenComparingLong(Resolver::daysMoved)
                .thenComparingLong(p -> minutesShifted(p, sport)).thenComparing(Proposal::strategy).thenComparing(Proposal::explanation));
        return new Resolution(proposals.subList(0, Math.min(MAX_PROPOSALS, proposals.size())), failures, candidates, rejected);
    }

    /** The candidate's real changes, or null when it moves a pinned or unknown game or changes nothing. */
    private static List<ChangedGame> changes(Candidate c, Map<String, Game> byId, Situation situation) {
        List<ChangedGame> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Game after : c.changed()) {
            Game before = byId.get(after.id());
            if (before == null || situation.pinned(after.id()) || !ids.add(after.id())) {
                return null;
            }
            if (!before.equals(after)) {
                out.add(new ChangedGame(before, after));
            }
        }
        return out.isEmpty() ? null : out;
    }

    private static List<Game> apply(List<Game> games, List<ChangedGame> changes) {
        Map<String, Game> replaced = new HashMap<>();
        changes.forEach(ch -> replaced.put(ch.gameId(), ch.after()));
        return games.stream().map(g -> replaced.getOrDefault(g.id(), g)).toList();
    }

    // between equal scores the smaller move wins: the days the changed games move, in all
    private static long daysMoved(Proposal p) {
        return p.changes().stream().mapToLong(c -> Math.abs(java.time.temporal.ChronoUnit.DAYS.between(c.before().date(),
                c.after().date()))).sum();
    }

    /** How far the proposal moves start times within their days (a start not set counts as the sport's usual one). */
    private static long minutesShifted(Proposal p, String sport) {
        return p.changes().stream().mapToLong(c -> Math.abs(java.time.temporal.ChronoUnit.MINUTES.between(
                GameStarts.of(c.before(), sport), GameStarts.of(c.after(), sport)))).sum();
    }

    private static String key(List<ChangedGame> changes) {
        return changes.stream().map(ch -> ch.after().toString()).sorted().toList().toString();
    }

    private static String safeName(ResolutionStrategy s) {
        try {
            return s.name();
        } catch (RuntimeException e) {
            return s.getClass().getName();
        }
    }
}
