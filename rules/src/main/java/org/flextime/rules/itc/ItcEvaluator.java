package org.flextime.rules.itc;

import java.util.ArrayList;
import java.util.List;
import org.flextime.rules.robinx.Instance;
import org.flextime.rules.robinx.RobinxConstraint;
import org.flextime.rules.robinx.Solution;

/**
 * Scores a solution the ITC2021 way: infeasibility is the sum of the deviations of HARD constraints
 * (and of the basic format); objective is the sum of deviation x penalty over SOFT constraints, plus
 * the total travel distance when the instance objective is "TR" (TTP).
 */
public final class ItcEvaluator {

    private final ConstraintCatalog catalog;
    private final FormatChecker formatChecker = new FormatChecker();

    /** An evaluator over the ITC2021 catalog. */
    public ItcEvaluator() {
        this(ConstraintCatalog.itc2021());
    }

    /** An evaluator over the given catalog. */
    public ItcEvaluator(ConstraintCatalog catalog) {
        this.catalog = catalog;
    }

    /** Evaluates every constraint; throws {@link UnsupportedConstraintException} before scoring if one cannot be. */
    public Evaluation evaluate(Instance instance, Solution solution) {
        for (RobinxConstraint constraint : instance.constraints()) {
            if (!catalog.supports(constraint)) {
                throw new UnsupportedConstraintException(constraint);
            }
        }
        Timetable timetable = Timetable.of(instance, solution);
        List<Violation> violations = new ArrayList<>(formatChecker.check(instance, timetable));
        for (RobinxConstraint constraint : instance.constraints()) {
            violations.addAll(catalog.evaluate(constraint, timetable));
        }
        long infeasibility = 0;
        long softCost = 0;
        for (Violation violation : violations) {
            // hard penalties are all 1 in ITC2021; infeasibility counts units of hard deviation
            if (violation.isHard()) {
                infeasibility += violation.deviation();
            } else {
                softCost += violation.cost();
            }
        }
        long travelDistance = instance.minimizesTravel() ? TravelDistance.total(instance.distances(), timetable) : 0;
        return new Evaluation(infeasibility, softCost + travelDistance, travelDistance, violations);
    }
}
