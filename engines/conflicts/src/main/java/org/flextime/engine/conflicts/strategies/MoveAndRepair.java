package org.flextime.engine.conflicts.strategies;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.flextime.domain.Game;
import org.flextime.domain.Team;
import org.flextime.engine.conflicts.resolution.Candidate;
import org.flextime.engine.conflicts.resolution.ResolutionStrategy;
import org.flextime.engine.conflicts.resolution.Situation;
import org.flextime.rules.IncrementalValidation;
import org.flextime.rules.RuleCompiler;
import org.flextime.rules.Severity;
import org.flextime.rules.ValidationReport;
import org.flextime.rules.Violation;

/**
 * Moves one of the conflict's games out of it, then repairs what that move breaks with one or two more changes. A tight
 * schedule often has no free date on which a game can simply land: the move leaves a team three road games in a row, or
 * two games on consecutive days, or too few games early in the season. The first change is the game moved to one of the
 * nearest free dates on which its pairing may play (hosted as it is, or by the other side with the return game swapped
 * too), or its home and away swapped with the return game (which takes it away from a closed venue); a repair is one of
 * the games the broken rules name swapped home and away with its return game, or moved to another free date. Every
 * change is tried under the schedule's constraint set ({@link Situation#rules()}), incrementally, and changes are
 * offered only together and only when they leave no hard violation the schedule did not have.
 */
public final class MoveAndRepair implements ResolutionStrategy {

    /** Candidates offered at most. */
    static final int WANTED = 6;
    /** First changes that break rules given a repair, fewest broken rules first. */
    static final int REPAIRED_FIRSTS = 16;
    /** A first change breaking more hard rules than this is not worth repairing with one more change. */
    static final int MAX_BROKEN = 3;
    /** Dates tried per repaired game, nearest first. */
    static final int REPAIR_DATES = 8;
    /** First dates tried per conflict game, nearest first. */
    static final int FIRST_DATES = 16;
    /** Repairs after the first change at most. */
    static final int REPAIR_DEPTH = 2;
    /** The search's own time budget, within the resolver's per-request budget of 2 s. */
    static final Duration BUDGET = Duration.ofMillis(1500);

    /** One change: the games as they would be afterwards, and what it does in words. */
    private record Change(List<Game> games, String what) {
    }

    /** A first change and the hard violations it brings (as keys), with the games they name. */
    private record Tried(Change change, Set<String> broken, Set<String> named, long days) {
    }

    @Override
    public String name() {
        return "move-and-repair";
    }

    @Override
    public String description() {
        return "move a game out of the conflict, then repair the rules that move breaks by moving or swapping one more game";
    }

    @Override
    public List<Candidate> propose(Situation s) {
        if (s.movable().isEmpty()) {
            return List.of();
        }
        long deadline = System.nanoTime() + BUDGET.toNanos();
        Map<String, Game> original = new LinkedHashMap<>();
        s.games().forEach(g -> original.putIfAbsent(g.id(), g));
        IncrementalValidation rules = new RuleCompiler().compile(s.rules(), s.season()).start(s.games());
        Set<String> before = hardKeys(rules.report());

        List<Tried> tried = new ArrayList<>();
        for (Change first : firstChanges(s)) {
            if (late(deadline)) {
                break;
            }
            ValidationReport report = rules.update(first.games(), List.of());
            Set<String> broken = new TreeSet<>();
            Set<String> named = new LinkedHashSet<>();
            for (Violation v : report.violations()) {
                if (v.severity() == Severity.HARD && !before.contains(key(v))) {
                    broken.add(key(v));
                    named.addAll(v.gameIds());
                }
            }
            restore(rules, first.games(), original);
            tried.add(new Tried(first, broken, named, days(first.games(), original)));
        }
        tried.sort(Comparator.comparingInt((Tried t) -> t.broken().size()).thenComparingLong(Tried::days)
                .thenComparing(t -> t.change().what()));

        List<Candidate> out = new ArrayList<>();
        int repaired = 0;
        for (Tried t : tried) {
            if (out.size() >= WANTED || late(deadline)) {
                break;
            }
            if (t.broken().isEmpty()) {
                out.add(new Candidate(t.change().games(), t.change().what()));
                continue;
            }
            if (t.broken().size() > MAX_BROKEN || repaired++ >= REPAIRED_FIRSTS) {
                break;
            }
            Candidate fix = repair(s, rules, t, before, original, deadline);
            if (fix != null) {
                out.add(fix);
            }
        }
        return out;
    }

    /** The first change followed by the first repairs that leave no new hard violation, or null. */
    private Candidate repair(Situation s, IncrementalValidation rules, Tried t, Set<String> before, Map<String, Game> original,
                             long deadline) {
        rules.update(t.change().games(), List.of());
        try {
            Set<String> moved = new HashSet<>();
            t.change().games().forEach(g -> moved.add(g.id()));
            List<Change> repairs = repairs(s, rules, before, t.broken(), t.named(), moved, REPAIR_DEPTH, deadline);
            if (repairs == null) {
                return null;
            }
            List<Game> all = new ArrayList<>(t.change().games());
            StringBuilder what = new StringBuilder(t.change().what());
            for (Change r : repairs) {
                all.addAll(r.games());
                what.append(", then ").append(r.what());
            }
            return new Candidate(all, what + " (so that " + String.join(", ", rulesOf(t.broken())) + " still hold"
                    + (rulesOf(t.broken()).size() == 1 ? "s" : "") + ")");
        } finally {
            restore(rules, t.change().games(), original);
        }
    }

    /**
     * Changes, in order, that clear the {@code broken} hard violations (naming the games {@code named}) without breaking
     * another, at most {@code depth} of them; null when none is found. A change that clears some but not all of them is
     * followed by another only while it makes progress (fewer broken violations than before it).
     */
    private List<Change> repairs(Situation s, IncrementalValidation rules, Set<String> before, Set<String> broken, Set<String> named,
                                 Set<String> moved, int depth, long deadline) {
        List<Game> now = rules.games();
        Busy busy = new Busy(now);
        Map<String, Game> byId = new HashMap<>();
        now.forEach(g -> byId.put(g.id(), g));
        for (String id : named) {
            Game h = byId.get(id);
            if (h == null || moved.contains(id) || s.pinned(id)) {
                continue;
            }
            for (Change change : changesOf(s, h, now, busy, moved)) {
                if (late(deadline)) {
                    return null;
                }
                ValidationReport report = rules.update(change.games(), List.of());
                Set<String> still = new TreeSet<>();
                Set<String> names = new LinkedHashSet<>();
                for (Violation v : report.violations()) {
                    if (v.severity() == Severity.HARD && !before.contains(key(v))) {
                        still.add(key(v));
                        names.addAll(v.gameIds());
                    }
                }
                List<Change> rest = null;
                if (still.isEmpty()) {
                    rest = List.of();
                } else if (depth > 1 && still.size() < broken.size()) {
                    Set<String> more = new HashSet<>(moved);
                    change.games().forEach(g -> more.add(g.id()));
                    rest = repairs(s, rules, before, still, names, more, depth - 1, deadline);
                }
                restore(rules, change.games(), byId);
                if (rest != null) {
                    List<Change> out = new ArrayList<>();
                    out.add(change);
                    out.addAll(rest);
                    return out;
                }
            }
        }
        return null;
    }

    /** Every first change: each movable game to each free date its pairing may play on, or swapped with its return game. */
    private static List<Change> firstChanges(Situation s) {
        List<Change> out = new ArrayList<>();
        for (Game g : s.movable()) {
            Change swap = swapWithReturn(s, g, s.games(), Set.of());
            if (swap != null) {
                out.add(swap);
            }
            List<LocalDate> dates = s.season().matchDates(s.sport(), g.home(), g.away()).stream()
                    .filter(d -> !d.equals(g.date()) && s.freeFor(g, d))
                    .sorted(Comparator.comparingLong((LocalDate d) -> Math.abs(ChronoUnit.DAYS.between(g.date(), d))).thenComparing(d -> d))
                    .limit(FIRST_DATES).toList();
            for (LocalDate d : dates) {
                out.add(new Change(List.of(g.withDate(d)),
                        "move " + g.label() + " from " + Labels.day(g.date()) + " to " + Labels.day(d)));
            }
            if (swap != null) {
                // moved and hosted by the other side: the road team gets a home game instead of a third road game in a row
                Game flipped = swap.games().get(0);
                Game back = swap.games().get(1);
                for (LocalDate d : dates) {
                    if (!s.venueBusy(flipped.venue(), d)) {
                        out.add(new Change(List.of(flipped.withDate(d), back),
                                "move " + g.label() + " from " + Labels.day(g.date()) + " to " + Labels.day(d) + ", hosted by "
                                        + flipped.home() + ", and host its return game " + back.id() + " at " + back.home()
                                        + " (" + Labels.day(back.date()) + ")"));
                    }
                }
            }
        }
        return out;
    }

    /** The repairs for game {@code h}: swapped with its return game, or moved to a free date (nearest first). */
    private static List<Change> changesOf(Situation s, Game h, List<Game> games, Busy busy, Set<String> moved) {
        List<Change> out = new ArrayList<>();
        // a swap turns a road game into a home game and back: the usual cure for a streak of road games, so it goes first
        Change swap = swapWithReturn(s, h, games, moved);
        if (swap != null) {
            out.add(swap);
        }
        s.season().matchDates(s.sport(), h.home(), h.away()).stream()
                .filter(d -> !d.equals(h.date()) && busy.free(h, d) && !s.venueBookedByOtherSports(h.venue(), d))
                .sorted(Comparator.comparingLong((LocalDate d) -> Math.abs(ChronoUnit.DAYS.between(h.date(), d))).thenComparing(d -> d))
                .limit(REPAIR_DATES)
                .forEach(d -> out.add(new Change(List.of(h.withDate(d)),
                        "move " + h.label() + " from " + Labels.day(h.date()) + " to " + Labels.day(d))));
        return out;
    }

    /** The game and its return game with home and away swapped, each at its new host's venue; null when there is none. */
    private static Change swapWithReturn(Situation s, Game g, List<Game> games, Set<String> moved) {
        for (Game r : games) {
            if (!r.home().equals(g.away()) || !r.away().equals(g.home()) || s.pinned(r.id()) || moved.contains(r.id())) {
                continue;
            }
            Team newHome = s.season().teams().get(g.away());
            Team returnHome = s.season().teams().get(r.away());
            if (newHome == null || returnHome == null) {
                return null;
            }
            return new Change(List.of(g.withSides(g.away(), g.home(), s.sport().venueOf(newHome)),
                    r.withSides(r.away(), r.home(), s.sport().venueOf(returnHome))),
                    "swap home and away of " + g.label() + " (" + Labels.day(g.date()) + ") and its return game " + r.label()
                            + " (" + Labels.day(r.date()) + ")");
        }
        return null;
    }

    /** Which days each team and venue of the schedule plays, as it stands after the first change. */
    private static final class Busy {
        private final Map<String, Set<LocalDate>> teams = new HashMap<>();
        private final Map<String, Set<LocalDate>> venues = new HashMap<>();

        Busy(List<Game> games) {
            for (Game g : games) {
                teams.computeIfAbsent(g.home(), k -> new HashSet<>()).add(g.date());
                teams.computeIfAbsent(g.away(), k -> new HashSet<>()).add(g.date());
                if (g.venue() != null) {
                    venues.computeIfAbsent(g.venue(), k -> new HashSet<>()).add(g.date());
                }
            }
        }

        boolean free(Game g, LocalDate d) {
            return !teams.getOrDefault(g.home(), Set.of()).contains(d) && !teams.getOrDefault(g.away(), Set.of()).contains(d)
                    && (g.venue() == null || !venues.getOrDefault(g.venue(), Set.of()).contains(d));
        }
    }

    private static void restore(IncrementalValidation rules, List<Game> changed, Map<String, Game> before) {
        rules.update(changed.stream().map(g -> before.get(g.id())).toList(), List.of());
    }

    private static Set<String> hardKeys(ValidationReport report) {
        Set<String> out = new HashSet<>();
        for (Violation v : report.violations()) {
            if (v.severity() == Severity.HARD) {
                out.add(key(v));
            }
        }
        return out;
    }

    // the rule and the games and teams it names: the same violation in another place is another violation
    private static String key(Violation v) {
        return v.rule() + "|" + new TreeSet<>(v.gameIds()) + "|" + new TreeSet<>(v.teams());
    }

    private static List<String> rulesOf(Set<String> keys) {
        return keys.stream().map(k -> k.substring(0, k.indexOf('|'))).distinct().toList();
    }

    private static long days(List<Game> changed, Map<String, Game> before) {
        return changed.stream().mapToLong(g -> Math.abs(ChronoUnit.DAYS.between(before.get(g.id()).date(), g.date()))).sum();
    }

    private static boolean late(long deadline) {
        return System.nanoTime() > deadline || Thread.currentThread().isInterrupted();
    }
}
