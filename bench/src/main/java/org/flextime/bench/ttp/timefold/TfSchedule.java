package org.flextime.bench.ttp.timefold;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import java.util.List;

/** Planning solution of the Timefold TTP models: the rounds and the n(n-1) matches to place in them. */
@PlanningSolution
public class TfSchedule {

    private int teams;
    @ValueRangeProvider
    @ProblemFactCollectionProperty
    private List<Integer> rounds;
    @PlanningEntityCollectionProperty
    private List<TfMatch> matches;
    @PlanningScore
    private HardSoftLongScore score;

    /** For Timefold's cloner. */
    public TfSchedule() {
    }

    /** Creates the problem. */
    public TfSchedule(int teams, List<Integer> rounds, List<TfMatch> matches) {
        this.teams = teams;
        this.rounds = rounds;
        this.matches = matches;
    }

    /** Number of teams. */
    public int getTeams() {
        return teams;
    }

    /** Round indices 0..2n-3. */
    public List<Integer> getRounds() {
        return rounds;
    }

    /** All ordered meetings. */
    public List<TfMatch> getMatches() {
        return matches;
    }

    /** Score set by the solver. */
    public HardSoftLongScore getScore() {
        return score;
    }

    /** Set by the solver. */
    public void setScore(HardSoftLongScore score) {
        this.score = score;
    }
}
