package org.flextime.bench.ttp.timefold;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/** Planning entity: one ordered meeting (away team at home team) whose round the solver chooses. */
@PlanningEntity
public class TfMatch {

    @PlanningId
    private int id;
    private int home;
    private int away;
    private TfDistances distances;
    @PlanningVariable
    private Integer round;

    /** For Timefold's cloner. */
    public TfMatch() {
    }

    /** Creates an unassigned match. */
    public TfMatch(int id, int home, int away, TfDistances distances) {
        this.id = id;
        this.home = home;
        this.away = away;
        this.distances = distances;
    }

    /** Stable id. */
    public int getId() {
        return id;
    }

    /** Home team. */
    public int getHome() {
        return home;
    }

    /** Away team. */
    public int getAway() {
        return away;
    }

    /** Distance matrix shared by all matches. */
    public TfDistances getDistances() {
        return distances;
    }

    /** Assigned round, or null before construction. */
    public Integer getRound() {
        return round;
    }

    /** Assigns the round. */
    public void setRound(Integer round) {
        this.round = round;
    }

    /** Round plus one, for "next round" joins. */
    public int nextRound() {
        return round + 1;
    }

    /** True when both matches involve a common team. */
    public boolean sharesTeamWith(TfMatch other) {
        return home == other.home || home == other.away || away == other.home || away == other.away;
    }

    /** Number of teams the two matches have in common (2 only for the two meetings of one pair). */
    public int sharedTeams(TfMatch other) {
        int count = 0;
        if (home == other.home || home == other.away) {
            count++;
        }
        if (away == other.home || away == other.away) {
            count++;
        }
        return count;
    }

    @Override
    public String toString() {
        return away + "@" + home + "#" + round;
    }
}
