package org.flextime.engine.cpsat;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.Literal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which of a model's assumption literals cannot all be true: CP-SAT names a set of assumptions that together make
 * the model infeasible, and that set is shrunk one literal at a time until every literal in it is needed (while the
 * deadline allows). Each rule that may take part in a conflict holds under its own literal.
 */
public final class AssumptionCores {

    private AssumptionCores() {
    }

    /**
     * A set of {@code literals} that cannot all hold, none of it droppable (unless the deadline, in
     * {@link System#nanoTime} terms, came first), in the order of {@code literals}; empty when they can all hold or
     * CP-SAT could not tell in time. Literals listed first are tried for dropping first, so a caller lists first the
     * ones it would rather not name.
     */
    public static Optional<List<Literal>> minimal(CpModel cp, List<? extends Literal> literals, long deadline) {
        Optional<List<Literal>> first = core(cp, literals, deadline);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        List<Literal> core = first.get();
        // deletion: drop each literal whose removal leaves the rest still infeasible
        for (Literal candidate : List.copyOf(core)) {
            if (!core.contains(candidate) || System.nanoTime() >= deadline) {
                continue;
            }
            List<Literal> without = new ArrayList<>(core);
            without.remove(candidate);
            Optional<List<Literal>> smaller = core(cp, without, deadline);
            if (smaller.isPresent()) {
                core = smaller.get();
            }
        }
        List<Literal> ordered = new ArrayList<>();
        for (Literal literal : literals) {
            if (core.contains(literal)) {
                ordered.add(literal);
            }
        }
        return Optional.of(ordered);
    }

    /** The assumptions CP-SAT needs for infeasibility out of {@code assumed}, or empty when feasible or unknown. */
    public static Optional<List<Literal>> core(CpModel cp, List<? extends Literal> assumed, long deadline) {
        double seconds = (deadline - System.nanoTime()) / 1e9;
        if (seconds <= 0) {
            return Optional.empty();
        }
        cp.clearAssumptions();
        assumed.forEach(cp::addAssumption);
        CpSolver solver = new CpSolver();
        // assumption cores come from the single-worker search
        solver.getParameters().setNumWorkers(1).setMaxTimeInSeconds(seconds);
        CpSolverStatus status = solver.solve(cp);
        cp.clearAssumptions();
        if (status != CpSolverStatus.INFEASIBLE) {
            return Optional.empty();
        }
        List<Integer> needed = solver.sufficientAssumptionsForInfeasibility();
        List<Literal> core = new ArrayList<>();
        for (Literal literal : assumed) {
            if (needed.contains(literal.getIndex())) {
                core.add(literal);
            }
        }
        return Optional.of(core);
    }
}
