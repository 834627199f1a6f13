package org.flextime.engine.cpsat;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flextime.rules.robinx.Instance;
import org.flextime.rules.robinx.RobinxConstraint;

/**
 * Finds which HARD rules conflict: every HARD rule holds only under its own assumption literal, CP-SAT names a set
 * of assumptions that together are infeasible, and that set is shrunk one rule at a time until every rule in it is
 * needed for the conflict (while the budget lasts).
 */
public final class ConflictExplainer {

    /**
     * The conflicting HARD rules of the instance, or empty when they can all hold or the budget ran out before CP-SAT
     * could tell.
     */
    public Optional<RuleConflict> explain(Instance instance, Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        RoundRobinModel model = new RoundRobinModel(instance);
        model.withObjective(false);
        CpModel cp = model.cpModel();
        Map<Integer, RobinxConstraint> byLiteral = new HashMap<>();
        List<BoolVar> literals = new ArrayList<>();
        for (RuleTerm term : model.rules()) {
            if (!term.hard() || term.deviations().isEmpty()) {
                continue;
            }
            BoolVar holds = cp.newBoolVar("holds_" + term.rule().label());
            LinearExprBuilder deviation = LinearExpr.newBuilder();
            term.deviations().forEach(deviation::add);
            cp.addLessOrEqual(deviation, 0).onlyEnforceIf(holds);
            byLiteral.put(holds.getIndex(), term.rule());
            literals.add(holds);
        }
        Optional<List<Literal>> core = AssumptionCores.minimal(cp, literals, deadline);
        if (core.isEmpty()) {
            return Optional.empty();
        }
        List<RobinxConstraint> rules = new ArrayList<>();
        for (BoolVar literal : literals) {
            if (core.get().contains(literal)) {
                rules.add(byLiteral.get(literal.getIndex()));
            }
        }
        return Optional.of(new RuleConflict(rules, new RuleWording(instance).conflict(rules)));
    }
}
