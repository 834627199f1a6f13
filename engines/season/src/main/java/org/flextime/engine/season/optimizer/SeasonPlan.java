package org.flextime.engine.season.optimizer;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/** The planning solution of one sport's season: slots, fixtures and the score. */
@PlanningSolution
public class SeasonPlan {
    @ProblemFactCollectionProperty
    @ValueRangeProvider(id = "slots")
    private List<Slot> slots;
    @ValueRangeProvider(id = "flips")
    private List<Boolean> flips;
    @PlanningEntityCollectionProperty
    private List<Fixture> fixtures;
    @PlanningScore
    private HardSoftLongScore score;

    /** For the solver's cloning. */
    public SeasonPlan() {
    }

    /** A plan over the given slots and fixtures (whose rule book holds the constraint set and its weights). */
    public SeasonPlan(List<Slot> slots, List<Fixture> fixtures) {
        this.slots = List.copyOf(slots);
        this.flips = List.of(Boolean.FALSE, Boolean.TRUE);
        this.fixtures = List.copyOf(fixtures);
    }

    /** The slots, in season order. */
    public List<Slot> getSlots() {
        return slots;
    }

    /** The fixtures (the working copies while solving). */
    public List<Fixture> getFixtures() {
        return fixtures;
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
