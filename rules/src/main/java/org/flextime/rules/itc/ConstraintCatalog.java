package org.flextime.rules.itc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flextime.rules.robinx.RobinxConstraint;

/** The evaluators by constraint family; turns deviations into weighted, explained violations. */
public final class ConstraintCatalog {

    private final Map<Class<? extends RobinxConstraint>, FamilyEvaluator<?>> evaluators;

    private ConstraintCatalog(List<FamilyEvaluator<?>> evaluators) {
        Map<Class<? extends RobinxConstraint>, FamilyEvaluator<?>> byFamily = new LinkedHashMap<>();
        evaluators.forEach(e -> byFamily.put(e.family(), e));
        this.evaluators = Map.copyOf(byFamily);
    }

    /** The nine ITC2021 families: CA1-CA4, GA1, BR1, BR2, FA2, SE1. */
    public static ConstraintCatalog itc2021() {
        return new ConstraintCatalog(List.of(new Ca1Evaluator(), new Ca2Evaluator(), new Ca3Evaluator(),
                new Ca4Evaluator(), new Ga1Evaluator(), new Br1Evaluator(), new Br2Evaluator(), new Fa2Evaluator(),
                new Se1Evaluator()));
    }

    /** The constraint record types this catalog can evaluate. */
    public Set<Class<? extends RobinxConstraint>> families() {
        return evaluators.keySet();
    }

    /** True when the constraint's family has an evaluator. */
    public boolean supports(RobinxConstraint constraint) {
        return evaluators.containsKey(constraint.getClass());
    }

    /** The violations of one constraint; throws {@link UnsupportedConstraintException} for unknown families. */
    public List<Violation> evaluate(RobinxConstraint constraint, Timetable timetable) {
        List<Violation> violations = new ArrayList<>();
        for (Deviation deviation : deviations(constraint, timetable)) {
            violations.add(new Violation(constraint.family(), constraint.line(), constraint.type(), deviation.amount(),
                    constraint.penalty(), deviation.explanation()));
        }
        return violations;
    }

    private List<Deviation> deviations(RobinxConstraint constraint, Timetable timetable) {
        FamilyEvaluator<?> evaluator = evaluators.get(constraint.getClass());
        if (evaluator == null) {
            throw new UnsupportedConstraintException(constraint);
        }
        return apply(evaluator, constraint, timetable);
    }

    /** The map pairs each evaluator with its own record type, so the cast cannot fail. */
    private static <C extends RobinxConstraint> List<Deviation> apply(FamilyEvaluator<C> evaluator,
            RobinxConstraint constraint, Timetable timetable) {
        return evaluator.deviations(evaluator.family().cast(constraint), timetable);
    }
}
