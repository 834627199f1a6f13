package org.flextime.scheduler.engine.optimizer;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/** The planning solution of one sport's season: slots, fixtures, the request's weights and the score. */
@PlanningSolution
public class SeasonPlan {
    @ProblemFactCollectionProperty
    @ValueRangeProvider(id = "slots")
    private List<Slot> slots;
    @ValueRangeProvider(id = "flips")
    private List<Boolean> flips;
    @PlanningEntityCollectionProperty
    private List<Fixture> fixtures;
    private ConstraintWeightOverrides<HardSoftLongScore> weights;
    @PlanningScore
    private HardSoftLongScore score;

    /** For the solver's cloning. */
    public SeasonPlan() {
    }

    /** A plan over the given slots and fixtures, scored with the given soft weights. */
    public SeasonPlan(List<Slot> slots, List<Fixture> fixtures, ConstraintWeightOverrides<HardSoftLongScore> weights) {
        this.slots = List.copyOf(slots);
        this.flips = List.of(Boolean.FALSE, Boolean.TRUE);
        this.fixtures = List.copyOf(fixtures);
        this.weights = weights;
    }

    /** The slots, in season order. */
    public List<Slot> getSlots() {
        return slots;
    }

    /** The fixtures (the working copies while solving). */
    public List<Fixture> getFixtures() {
        return fixtures;
    }

    /** The request's constraint weights. */
    public ConstraintWeightOverrides<HardSoftLongScore> getWeights() {
        return weights;
    }

    /** For the solver's cloning. */
    public void setWeights(ConstraintWeightOverrides<HardSoftLongScore> weights) {
        this.weights = weights;
    }

    /** The score, once computed. */
    public HardSoftLongScore getScore() {
        return score;
    }

    /** Set by the solver. */
    public void setScore(HardSoftLongScore score) {
        this.score = score;
    }
}
