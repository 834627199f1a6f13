package org.flextime.engine.cpsat.season;

import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.SatParameters;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flextime.domain.Format;
import org.flextime.domain.Game;
import org.flextime.domain.Sport;
import org.flextime.engine.cpsat.AssumptionCores;
import org.flextime.engine.cpsat.CpSatConfig;
import org.flextime.rules.CompiledSet;
import org.flextime.rules.Rule;
import org.flextime.rules.RuleDefinition;

/**
 * The CP-SAT path of the season engine: keeps a draft's meetings (who plays whom, how often) and chooses each game's
 * date in the sport's window and, where the rules allow, its host, so that every HARD rule of the set it can encode
 * holds ({@link TimetableRules}), staying as close to the draft as it can (fewest games moved or turned). When the
 * rules cannot all hold it says which ones conflict: each holds under its own assumption literal and the conflict is
 * narrowed to a set in which every rule is needed. Deterministic for a seed (the interleaved search under a
 * deterministic time limit; the wall clock only bounds it). Formats played in series are not modelled.
 */
public final class SeasonTimetable {

    /** Share of the budget for finding a schedule; the rest is kept for narrowing a conflict down. */
    private static final double SOLVE_SHARE = 0.7;
    /** Kinds tried first when narrowing a conflict, so that the rules a conference states are the ones named. */
    private static final Set<String> NAMED_LAST = Set.of("games-per-day", "home-and-away", "window", "play-days", "participants");

    /** Whether the path models the sport's format (not one played in series). */
    public static boolean supports(Sport sport) {
        return sport.format().kind() != Format.Kind.SERIES;
    }

    /** Whether the model holds this HARD rule of the set (single-game rules, the sequence kinds, the format kinds). */
    public static boolean encodes(Rule rule) {
        return rule instanceof Rule.GameRule || TimetableRules.SEQUENCE_KINDS.contains(rule.definition().kind())
                || TimetableRules.FORMAT_KINDS.contains(rule.definition().kind());
    }

    /**
     * The HARD rules of the set that these games break and the path could hold (in set order): when there are any,
     * the season engine takes this path. Empty for a sport played in series.
     */
    public static List<String> brokenButEncodable(CompiledSet set, List<Game> games) {
        if (!supports(set.sport())) {
            return List.of();
        }
        Set<String> broken = new java.util.HashSet<>();
        set.validate(games).violations().stream().filter(v -> v.severity() == org.flextime.rules.Severity.HARD)
                .forEach(v -> broken.add(v.rule()));
        return set.rules().stream().filter(r -> broken.contains(r.definition().id()) && encodes(r)
                && !TimetableRules.FORMAT_KINDS.contains(r.definition().kind())).map(r -> r.definition().id()).toList();
    }

    /** Dates and hosts for the draft's meetings under the set's HARD rules, or the rules that conflict. */
    public TimetableResult solve(CompiledSet set, List<Game> draft, CpSatConfig config) {
        if (!supports(set.sport())) {
            throw new IllegalArgumentException(set.sport().code() + " is played in series, which the CP-SAT path does not model");
        }
        long start = System.nanoTime();
        long deadline = start + config.timeLimit().toNanos();
        List<Game> meetings = new ArrayList<>(draft);
        meetings.sort(Comparator.comparing(Game::id));
        TimetableModel model = new TimetableModel(set, meetings);
        TimetableRules.Encoding encoding = TimetableRules.encode(model);
        List<String> encoded = encoding.encoded().stream().map(e -> e.rule().id()).toList();
        Map<String, String> left = encoding.left();
        for (TimetableRules.Encoded e : encoding.encoded()) {
            model.domain(e.holds(), 1, 1);
        }
        closeToDraft(model);

        CpSolver solver = new CpSolver();
        double seconds = SOLVE_SHARE * config.timeLimit().toNanos() / 1e9;
        SatParameters.Builder parameters = solver.getParameters();
        parameters.setNumWorkers(config.threads()).setRandomSeed((int) (config.seed() & 0x7fffffff))
                .setMaxTimeInSeconds(seconds).setMaxDeterministicTime(seconds).setLogSearchProgress(false);
        if (config.threads() > 1) {
            // the interleaved search is deterministic whatever the number of workers
            parameters.setInterleaveSearch(true);
        }
        CpSolverStatus status = solver.solve(model.cp);
        if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
            return new TimetableResult(read(model, solver), Optional.empty(), encoded, left, since(start));
        }
        if (status != CpSolverStatus.INFEASIBLE) {
            return new TimetableResult(List.of(), Optional.empty(), encoded, left, since(start));
        }
        return new TimetableResult(List.of(), Optional.of(conflict(model, encoding.encoded(), deadline)), encoded, left,
                since(start));
    }

    /**
     * What the model says of a given schedule: per encoded HARD rule (in set order), whether it holds with the games
     * fixed at their dates and hosts. The tests hold it to the validator's verdict.
     */
    static Map<String, Boolean> verdicts(CompiledSet set, List<Game> games) {
        List<Game> fixed = new ArrayList<>(games);
        fixed.sort(Comparator.comparing(Game::id));
        TimetableModel model = new TimetableModel(set, fixed);
        TimetableRules.Encoding encoding = TimetableRules.encode(model);
        for (int i = 0; i < fixed.size(); i++) {
            int day = model.dayOf(fixed.get(i).date());
            model.domain(model.day[i], day, day);
            model.domain(model.keep[i], 1, 1);
        }
        Map<String, Boolean> out = new java.util.LinkedHashMap<>();
        for (TimetableRules.Encoded e : encoding.encoded()) {
            model.domain(e.holds(), 1, 1);
            CpSolver solver = new CpSolver();
            solver.getParameters().setNumWorkers(1).setMaxTimeInSeconds(10);
            CpSolverStatus status = solver.solve(model.cp);
            out.put(e.rule().id(), status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE);
            model.domain(e.holds(), 0, 1);
        }
        return out;
    }

    /** The smallest set of encoded rules found that cannot all hold; all of them if the budget ends first. */
    private static SeasonConflict conflict(TimetableModel model, List<TimetableRules.Encoded> rules, long deadline) {
        model.cp.getBuilder().clearObjective();
        model.cp.clearHints();
        List<TimetableRules.Encoded> ordered = new ArrayList<>(rules.stream().filter(e -> NAMED_LAST.contains(e.rule().kind())).toList());
        ordered.addAll(rules.stream().filter(e -> !NAMED_LAST.contains(e.rule().kind())).toList());
        List<BoolVar> literals = new ArrayList<>();
        for (TimetableRules.Encoded e : ordered) {
            model.domain(e.holds(), 0, 1);
            literals.add(e.holds());
        }
        // at least a few seconds to narrow down, even when the search took its whole share
        long until = Math.max(deadline, System.nanoTime() + Duration.ofSeconds(5).toNanos());
        Optional<List<Literal>> core = AssumptionCores.minimal(model.cp, literals, until);
        List<RuleDefinition> named = new ArrayList<>();
        for (TimetableRules.Encoded e : rules) {
            if (core.isEmpty() || core.get().contains(e.holds())) {
                named.add(e.rule());
            }
        }
        String sentence = SeasonRuleWording.conflict(named);
        return new SeasonConflict(named, core.isPresent() ? sentence : sentence + " (not narrowed down within the budget)");
    }

    /** Minimises the games moved off their draft date plus the games whose host changed, hinting the draft. */
    private static void closeToDraft(TimetableModel model) {
        LinearExprBuilder changes = LinearExpr.newBuilder();
        for (int i = 0; i < model.draft.size(); i++) {
            int draftDay = model.dayOf(model.draft.get(i).date());
            changes.add(1).addTerm(model.keep[i], -1);
            model.cp.addHint(model.keep[i], 1);
            if (draftDay < 0 || draftDay >= model.days) {
                changes.add(1);
                continue;
            }
            BoolVar same = model.cp.newBoolVar("same_day_" + i);
            model.cp.addEquality(model.day[i], draftDay).onlyEnforceIf(same);
            changes.add(1).addTerm(same, -1);
            model.cp.addHint(model.day[i], draftDay);
        }
        model.cp.minimize(changes);
    }

    /** The solution's games in date order (then the draft's order, as the model counts), numbered g001... */
    private static List<Game> read(TimetableModel model, CpSolver solver) {
        record Placed(int index, LocalDate date, Game game) {
        }
        Sport sport = model.set.sport();
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < model.draft.size(); i++) {
            Game g = model.draft.get(i);
            LocalDate date = model.firstDay.plusDays(solver.value(model.day[i]));
            boolean kept = solver.booleanValue(model.keep[i]);
            String home = kept ? g.home() : g.away();
            String venue = kept ? g.venue() : sport.venueOf(model.set.season().teams().get(home));
            placed.add(new Placed(i, date, new Game(g.id(), date, home, kept ? g.away() : g.home(), venue)));
        }
        placed.sort(Comparator.comparing(Placed::date).thenComparingInt(Placed::index));
        int width = Math.max(3, String.valueOf(placed.size()).length());
        List<Game> games = new ArrayList<>();
        for (int k = 0; k < placed.size(); k++) {
            Game g = placed.get(k).game();
            games.add(new Game(String.format("g%0" + width + "d", k + 1), g.date(), g.home(), g.away(), g.venue()));
        }
        return games;
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
