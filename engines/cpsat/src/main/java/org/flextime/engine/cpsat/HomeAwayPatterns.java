package org.flextime.engine.cpsat;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.IntegerVariableProto;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flextime.rules.robinx.ConstraintType;
import org.flextime.rules.robinx.GameMode;
import org.flextime.rules.robinx.Instance;
import org.flextime.rules.robinx.RobinxConstraint;

/**
 * The first phase of first-break-then-schedule: home-away patterns for every team of a compact double round robin
 * that keep every HARD rule as far as venues decide it (rules on home or away games and breaks exactly; a rule
 * counting games between teams by where the venues allow those games, so a game that must be played in some slots
 * needs its host at home and its guest away in one of them), with each team at home in half its slots, half the teams
 * at home in every slot, and every pair of teams able to meet once at each venue (in a phased season, once in each
 * half). Who plays whom is left to the whole model with the patterns fixed: the patterns are small to search, and
 * fixing them takes most of the choices away from it. The conditions are necessary, not sufficient, so a pattern may
 * leave no timetable; each pattern asked for differs from those before.
 */
final class HomeAwayPatterns {

    private final CpModel model = new CpModel();
    private final GameVariables patterns;
    private final int teams;
    private final int slots;

    private HomeAwayPatterns(Instance instance) {
        CpSat.load();
        teams = instance.teamCount();
        slots = instance.slotCount();
        patterns = GameVariables.patterns(model, teams, slots);
        for (int s = 0; s < slots; s++) {
            LinearExprBuilder atHome = LinearExpr.newBuilder();
            for (int t = 0; t < teams; t++) {
                atHome.add(patterns.home(t, s));
            }
            model.addEquality(atHome, teams / 2);
        }
        for (int t = 0; t < teams; t++) {
            LinearExprBuilder atHome = LinearExpr.newBuilder();
            for (int s = 0; s < slots; s++) {
                atHome.add(patterns.home(t, s));
            }
            model.addEquality(atHome, teams - 1);
        }
        boolean phased = instance.gameMode() == GameMode.PHASED;
        for (int i = 0; i < teams; i++) {
            for (int j = i + 1; j < teams; j++) {
                meetings(i, j, phased);
            }
        }
        RuleEncoder encoder = new RuleEncoder(model, patterns, instance.roundRobins());
        for (RobinxConstraint rule : instance.constraints()) {
            if (rule.type() != ConstraintType.HARD) {
                continue;
            }
            try {
                for (IntVar deviation : encoder.encode(rule).deviations()) {
                    fixAtZero(deviation);
                }
            } catch (GameVariables.SlotUnknown needsSlots) {
                // a rule on when a game is played is the second phase's; what it encoded before giving up binds
                // nothing
            }
        }
    }

    /** The pattern model of the instance, or empty when it is not a compact double round robin of an even number of teams. */
    static Optional<HomeAwayPatterns> of(Instance instance) {
        int n = instance.teamCount();
        boolean fits = instance.compact() && instance.roundRobins() == 2 && n % 2 == 0
                && instance.slotCount() == 2 * (n - 1);
        return fits ? Optional.of(new HomeAwayPatterns(instance)) : Optional.empty();
    }

    /**
     * A set of patterns not asked for before, as [team][slot] true at home, found by {@code solver} (its limits and
     * seed) unless {@code stop} says so first; empty when there is none (the HARD rules on venues alone contradict
     * each other), the time ran out or the search was stopped.
     */
    Optional<boolean[][]> next(CpSolver solver, StopRequest stop) {
        // a different pattern for each seed, not always the first legal one in the search order
        solver.getParameters().setRandomizeSearch(true);
        CpSolverStatus status = stop.solve(solver, model);
        if (status != CpSolverStatus.FEASIBLE && status != CpSolverStatus.OPTIMAL) {
            return Optional.empty();
        }
        boolean[][] home = new boolean[teams][slots];
        List<Literal> differs = new ArrayList<>();
        for (int t = 0; t < teams; t++) {
            for (int s = 0; s < slots; s++) {
                home[t][s] = solver.booleanValue(patterns.home(t, s));
                differs.add(home[t][s] ? patterns.home(t, s).not() : patterns.home(t, s));
            }
        }
        model.addBoolOr(differs);
        return Optional.of(home);
    }

    /** Pair {@code i}, {@code j} needs a slot where i hosts j and one where j hosts i (in a phased season, in different halves). */
    private void meetings(int i, int j, boolean phased) {
        int half = slots / 2;
        BoolVar[] iHosts = new BoolVar[slots];
        BoolVar[] jHosts = new BoolVar[slots];
        for (int s = 0; s < slots; s++) {
            iHosts[s] = patterns.game(i, j, s);
            jHosts[s] = patterns.game(j, i, s);
        }
        if (!phased) {
            model.addBoolOr(iHosts);
            model.addBoolOr(jHosts);
            return;
        }
        // either i hosts in the first half and j in the second, or the reverse
        BoolVar iFirst = model.newBoolVar("first" + i + "_" + j);
        model.addBoolOr(window(iHosts, 0, half, iFirst.not()));
        model.addBoolOr(window(jHosts, half, slots, iFirst.not()));
        model.addBoolOr(window(jHosts, 0, half, iFirst));
        model.addBoolOr(window(iHosts, half, slots, iFirst));
    }


    private static List<Literal> window(BoolVar[] hosts, int from, int to, Literal unless) {
        List<Literal> clause = new ArrayList<>();
        clause.add(unless);
        for (int s = from; s < to; s++) {
            clause.add(hosts[s]);
        }
        return clause;
    }

    private void fixAtZero(IntVar variable) {
        IntegerVariableProto.Builder proto = model.getBuilder().getVariablesBuilder(variable.getIndex());
        proto.clearDomain().addDomain(0).addDomain(0);
    }
}
