package org.flextime.engine.cpsat;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpObjectiveProto;
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
import java.util.function.Predicate;
import org.flextime.rules.robinx.Instance;
import org.flextime.rules.robinx.RobinxConstraint;
import org.flextime.rules.robinx.ScheduledMatch;

/**
 * A CP-SAT model of one round-robin timetabling instance: the games, the format, and every rule as deviation
 * variables. The objective weighs a unit of HARD deviation {@link #hardWeight} and a unit of SOFT deviation its
 * penalty, as ITC2021 scores (infeasibility first, then the objective). The HARD rules can be made strict (their
 * deviations fixed at 0), and any set of game literals fixed to a schedule's values and freed again, so one model
 * serves the feasibility search, every neighbourhood of the large neighbourhood search and the scoring of a given
 * schedule.
 */
public final class RoundRobinModel {

    private final Instance instance;
    private final CpModel model = new CpModel();
    private final GameVariables games;
    private final List<RuleTerm> rules = new ArrayList<>();
    private final long hardWeight;
    private final CpObjectiveProto objective;
    /** The summed HARD deviation alone: what a schedule that breaks HARD rules must lower first. */
    private final CpObjectiveProto repairObjective;
    /** The HARD deviation variables and their upper bounds, to fix them at 0 and free them again. */
    private final List<IntVar> hardDeviations = new ArrayList<>();
    private final List<Long> hardMaxima = new ArrayList<>();
    private boolean strict;

    /** Builds the model of the instance; a rule family the model does not know is refused. */
    public RoundRobinModel(Instance instance) {
        this.instance = instance;
        CpSat.load();
        games = new GameVariables(model, instance.teamCount(), instance.slotCount());
        RoundRobinFormat.add(model, games, instance);
        RuleEncoder encoder = new RuleEncoder(model, games, instance.roundRobins());
        long softTotal = 0;
        for (RobinxConstraint rule : instance.constraints()) {
            RuleTerm term = encoder.encode(rule);
            rules.add(term);
            if (term.hard()) {
                for (IntVar d : term.deviations()) {
                    hardDeviations.add(d);
                    hardMaxima.add(d.getDomain().max());
                }
            } else {
                softTotal += (long) rule.penalty() * term.deviations().size();
            }
        }
        // a HARD unit outweighs any likely soft trade, yet keeps the objective's magnitude modest for CP-SAT
        hardWeight = Math.max(1000, Math.min(1_000_000, softTotal));
        LinearExprBuilder total = LinearExpr.newBuilder();
        for (RuleTerm term : rules) {
            long weight = term.hard() ? hardWeight : term.rule().penalty();
            for (IntVar d : term.deviations()) {
                total.addTerm(d, weight);
            }
        }
        LinearExprBuilder hardTotal = LinearExpr.newBuilder();
        hardDeviations.forEach(hardTotal::add);
        model.minimize(hardTotal);
        repairObjective = model.getBuilder().getObjective();
        model.minimize(total);
        objective = model.getBuilder().getObjective();
    }

    /** The instance this models. */
    public Instance instance() {
        return instance;
    }

    /** The weight of one unit of HARD deviation in the model's objective. */
    public long hardWeight() {
        return hardWeight;
    }

    CpModel cpModel() {
        return model;
    }

    GameVariables games() {
        return games;
    }

    List<RuleTerm> rules() {
        return rules;
    }

    /** Makes the HARD rules constraints (deviations fixed at 0) or weighs them in the objective again. */
    void strict(boolean on) {
        if (on == strict) {
            return;
        }
        strict = on;
        for (int i = 0; i < hardDeviations.size(); i++) {
            setDomain(hardDeviations.get(i), 0, on ? 0 : hardMaxima.get(i));
        }
    }

    /** Makes the objective the summed HARD deviation alone, the SOFT rules left out. */
    void repairing() {
        model.getBuilder().setObjective(repairObjective);
    }

    /** Drops the objective (a search for any schedule) or puts it back. */
    void withObjective(boolean on) {
        if (on) {
            model.getBuilder().setObjective(objective);
        } else {
            model.getBuilder().clearObjective();
        }
    }

    /** Fixes the game literal to {@code value}. */
    void fix(BoolVar game, boolean value) {
        setDomain(game, value ? 1 : 0, value ? 1 : 0);
    }

    /** Frees every game literal again. */
    void freeAll() {
        for (BoolVar game : games.all()) {
            setDomain(game, 0, 1);
        }
    }

    /** Fixes every team's home and away literals to the pattern ([team][slot] true at home). */
    void fixPattern(boolean[][] home) {
        for (int t = 0; t < games.teams(); t++) {
            for (int s = 0; s < games.slots(); s++) {
                fix(games.home(t, s), home[t][s]);
                fix(games.away(t, s), !home[t][s]);
            }
        }
    }

    /** Frees the home and away literals {@link #fixPattern} fixed. */
    void freePattern() {
        for (int t = 0; t < games.teams(); t++) {
            for (int s = 0; s < games.slots(); s++) {
                setDomain(games.home(t, s), 0, 1);
                setDomain(games.away(t, s), 0, 1);
            }
        }
    }

    /** Drops every hint. */
    void clearHints() {
        model.clearHints();
    }

    /** Hints CP-SAT towards the schedule. */
    void hint(List<ScheduledMatch> schedule) {
        model.clearHints();
        boolean[][][] on = played(schedule);
        int n = games.teams();
        for (int h = 0; h < n; h++) {
            for (int a = 0; a < n; a++) {
                if (h != a) {
                    for (int s = 0; s < games.slots(); s++) {
                        model.addHint(games.game(h, a, s), on[h][a][s] ? 1 : 0);
                    }
                }
            }
        }
    }

    /**
     * Hints CP-SAT towards the schedule with a value for every variable, not only the games: the deviations the
     * schedule has are solved for with its games fixed. CP-SAT takes a complete hint as its first solution at once,
     * so its own neighbourhood search starts from it. False (and the games alone hinted) when the schedule breaks
     * the format.
     */
    boolean completeHint(List<ScheduledMatch> schedule) {
        boolean wasStrict = strict;
        CpObjectiveProto kept = model.getBuilder().hasObjective() ? model.getBuilder().getObjective() : null;
        strict(false);
        withObjective(true);
        boolean[][][] on = played(schedule);
        int n = games.teams();
        for (int h = 0; h < n; h++) {
            for (int a = 0; a < n; a++) {
                if (h != a) {
                    for (int s = 0; s < games.slots(); s++) {
                        fix(games.game(h, a, s), on[h][a][s]);
                    }
                }
            }
        }
        model.clearHints();
        try {
            CpSolver solver = new CpSolver();
            solver.getParameters().setNumWorkers(1);
            if (solver.solve(model) != CpSolverStatus.OPTIMAL) {
                return false;
            }
            int variables = model.getBuilder().getVariablesCount();
            var hint = model.getBuilder().getSolutionHintBuilder();
            for (int i = 0; i < variables; i++) {
                hint.addVars(i).addValues(solver.response().getSolution(i));
            }
            return true;
        } finally {
            freeAll();
            strict(wasStrict);
            if (kept == null) {
                model.getBuilder().clearObjective();
            } else {
                model.getBuilder().setObjective(kept);
            }
            if (!model.getBuilder().hasSolutionHint()) {
                hint(schedule);
            }
        }
    }

    /** [home][away][slot]: true where the schedule plays that game. */
    boolean[][][] played(List<ScheduledMatch> schedule) {
        boolean[][][] on = new boolean[games.teams()][games.teams()][games.slots()];
        for (ScheduledMatch game : schedule) {
            on[game.home()][game.away()][game.slot()] = true;
        }
        return on;
    }

    /** The schedule of a solution. */
    List<ScheduledMatch> read(Predicate<Literal> isTrue) {
        return games.read(isTrue);
    }

    /**
     * What the model says a complete schedule costs: the schedule's games fixed, the deviations minimised. Returns
     * the summed HARD deviation and the summed SOFT deviation x penalty, or empty when the schedule breaks the
     * format. Leaves the objective in place.
     */
    public Optional<ModelScore> score(List<ScheduledMatch> schedule) {
        boolean wasStrict = strict;
        strict(false);
        withObjective(true);
        for (BoolVar game : games.all()) {
            fix(game, false);
        }
        for (ScheduledMatch game : schedule) {
            fix(games.game(game.home(), game.away(), game.slot()), true);
        }
        try {
            CpSolver solver = new CpSolver();
            solver.getParameters().setNumWorkers(1);
            CpSolverStatus status = solver.solve(model);
            if (status != CpSolverStatus.OPTIMAL) {
                return Optional.empty();
            }
            long infeasibility = 0;
            long cost = 0;
            for (RuleTerm term : rules) {
                for (IntVar d : term.deviations()) {
                    long value = solver.value(d);
                    if (term.hard()) {
                        infeasibility += value;
                    } else {
                        cost += value * term.rule().penalty();
                    }
                }
            }
            return Optional.of(new ModelScore(infeasibility, cost));
        } finally {
            freeAll();
            strict(wasStrict);
        }
    }

    private void setDomain(IntVar variable, long min, long max) {
        IntegerVariableProto.Builder proto = model.getBuilder().getVariablesBuilder(variable.getIndex());
        proto.clearDomain().addDomain(min).addDomain(max);
    }
}
