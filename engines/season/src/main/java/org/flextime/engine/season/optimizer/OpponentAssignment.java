package org.flextime.engine.season.optimizer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;
import org.flextime.engine.season.SeasonDraft;

/**
 * Which opponents meet, solved exactly for a partial format whose pairs meet at most once (football: 9 of 15
 * opponents, one game a week): every team keeps its slot-by-slot pattern of home games, away games and byes, and in
 * each slot the hosts are matched to that slot's visitors anew, each pair at most once all season, every protected
 * rivalry of the draft kept in its slot. The patterns carry every rule about home and away (streaks, home counts,
 * first and last weeks), so those stay as drafted, and what changes is travel: each game is priced as the visitor's
 * round trip in the travel term's unit ({@link RuleBook#travel}), the cost exactly where no two away games of a team
 * are close enough to chain into one trip (football's Saturdays), an estimate elsewhere. A mixed-integer program (SCIP
 * through OR-Tools) minimises it from the draft as its starting hint, so the answer is never dearer than the draft by
 * that price; the caller judges it by the full score. The linear relaxation of these matchings is nearly integral, so
 * SCIP proves football's optimum in about two seconds on a loaded machine, where CP-SAT was still 3% short after eight.
 *
 * <p>Why this and not a move: football's travel is a sum of round trips, one per game, which depends on who meets whom
 * and on nothing the search moves (rounds, dates, home and away of a pair all leave each round trip's cost as it was);
 * the 2-exchange ({@link OpponentExchange}) reaches better pairings only a step at a time, each step a full rescoring.
 */
final class OpponentAssignment {
    private final Season season;
    private final Sport sport;
    private final RuleBook book;

    OpponentAssignment(Season season, Sport sport, RuleBook book) {
        this.season = season;
        this.sport = sport;
        this.book = book;
    }

    /** Whether the draft is one this solves: some pair does not meet and none meets twice. */
    static boolean applies(SeasonDraft draft) {
        Map<String, Integer> count = new HashMap<>();
        draft.meetings().forEach(m -> count.merge(key(m.home(), m.away()), 1, Integer::sum));
        int n = draft.teams().size();
        return count.size() < n * (n - 1) / 2 && count.values().stream().allMatch(c -> c == 1);
    }

    /**
     * The draft with the cheapest assignment of visitors to hosts found within {@code millis} (the draft itself when
     * the solver finds nothing cheaper, or when it does not {@link #applies apply}).
     */
    SeasonDraft solve(SeasonDraft draft, long millis) {
        if (!applies(draft) || millis <= 0) {
            return draft;
        }
        Loader.loadNativeLibraries();
        List<SeasonDraft.Meeting> meetings = draft.meetings();
        List<SeasonDraft.Meeting> kept = new ArrayList<>();
        Map<Integer, List<String>> hosts = new HashMap<>();
        Map<Integer, List<String>> guests = new HashMap<>();
        Map<String, String> draftGuest = new HashMap<>();
        for (SeasonDraft.Meeting m : meetings) {
            if (sport.isProtectedRivalry(m.home(), m.away())) {
                kept.add(m);
                continue;
            }
            hosts.computeIfAbsent(m.slot(), s -> new ArrayList<>()).add(m.home());
            guests.computeIfAbsent(m.slot(), s -> new ArrayList<>()).add(m.away());
            draftGuest.put(m.slot() + "|" + m.home(), m.away());
        }
        java.util.Set<String> keptPairs = new java.util.HashSet<>();
        kept.forEach(m -> keptPairs.add(key(m.home(), m.away())));
        MPSolver solver = MPSolver.createSolver("SCIP");
        if (solver == null) {
            return draft;
        }
        record Choice(int slot, String host, String guest, MPVariable on) {
        }
        List<Choice> choices = new ArrayList<>();
        Map<String, MPConstraint> byPair = new HashMap<>();
        Map<String, MPConstraint> byHost = new HashMap<>();
        Map<String, MPConstraint> byGuest = new HashMap<>();
        MPObjective cost = solver.objective();
        List<MPVariable> hinted = new ArrayList<>();
        for (Map.Entry<Integer, List<String>> e : hosts.entrySet()) {
            int slot = e.getKey();
            for (String h : e.getValue()) {
                for (String g : guests.get(slot)) {
                    String pair = key(h, g);
                    boolean drafted = g.equals(draftGuest.get(slot + "|" + h));
                    if (h.equals(g) || keptPairs.contains(pair)
                            || sport.isProtectedRivalry(h, g) || !drafted && !playable(draft, slot, h, g)) {
                        continue;
                    }
                    MPVariable on = solver.makeBoolVar(slot + ":" + g + "@" + h);
                    choices.add(new Choice(slot, h, g, on));
                    byPair.computeIfAbsent(pair, k -> solver.makeConstraint(0, 1, "pair " + k)).setCoefficient(on, 1);
                    byHost.computeIfAbsent(slot + "|" + h, k -> solver.makeConstraint(1, 1, "host " + k)).setCoefficient(on, 1);
                    byGuest.computeIfAbsent(slot + "|" + g, k -> solver.makeConstraint(1, 1, "guest " + k)).setCoefficient(on, 1);
                    cost.setCoefficient(on, roundTrip(draft, slot, h, g));
                    if (drafted) {
                        hinted.add(on);
                    }
                }
            }
        }
        cost.setMinimization();
        // the draft is a solution: the solver starts from it, so it answers no dearer than the draft
        double[] ones = new double[hinted.size()];
        java.util.Arrays.fill(ones, 1);
        solver.setHint(hinted.toArray(MPVariable[]::new), ones);
        solver.setTimeLimit(millis);
        MPSolver.ResultStatus status = solver.solve();
        if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
            solver.delete();
            return draft;
        }
        List<SeasonDraft.Meeting> out = new ArrayList<>(kept);
        for (Choice c : choices) {
            if (c.on().solutionValue() > 0.5) {
                out.add(new SeasonDraft.Meeting(c.slot(), c.host(), c.guest()));
            }
        }
        solver.delete();
        out.sort(java.util.Comparator.comparingInt(SeasonDraft.Meeting::slot).thenComparing(SeasonDraft.Meeting::home));
        return new SeasonDraft(draft.teams(), draft.slotDates(), out, draft.series());
    }

    /** The visitor's round trip to the host for a game in the slot, in the travel term's unit. */
    private long roundTrip(SeasonDraft draft, int slot, String host, String guest) {
        LocalDate d = draft.slotDates().get(slot);
        return book.travel(guest, List.of(new Game("price", d, host, guest, book.venue(host))));
    }

    /**
     * Whether the pair can meet in the slot on a legal date: a series on its dates of the slot's week, a single game on
     * one of its match dates strictly between the neighbouring slots' dates (where {@link SeasonOptimizer#plan} puts it).
     */
    private boolean playable(SeasonDraft draft, int slot, String host, String guest) {
        List<LocalDate> anchors = draft.slotDates();
        if (draft.series()) {
            return season.seriesDates(sport, host, guest, anchors.get(slot)).size() == Math.max(1, sport.format().gamesPerSeries());
        }
        LocalDate lower = slot == 0 ? sport.window().from().minusDays(1) : anchors.get(slot - 1);
        LocalDate upper = slot == anchors.size() - 1 ? sport.window().to().plusDays(1) : anchors.get(slot + 1);
        return !new TreeSet<>(season.matchDates(sport, host, guest)).subSet(lower, false, upper, false).isEmpty();
    }

    private static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }
}
