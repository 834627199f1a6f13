package org.flextime.bench.ttp.timefold;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Moves a set of matches to new rounds at once; the tailored neighbourhoods compute sets that keep every team
 * playing exactly once per round, so the search never leaves the space of round robins.
 */
final class ReassignRoundsMove extends AbstractMove<TfSchedule> {

    private final String kind;
    private final TfMatch[] matches;
    private final int[] rounds;

    ReassignRoundsMove(String kind, TfMatch[] matches, int[] rounds) {
        this.kind = kind;
        this.matches = matches;
        this.rounds = rounds;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<TfSchedule> scoreDirector) {
        for (int i = 0; i < matches.length; i++) {
            if (matches[i].getRound() != rounds[i]) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<TfSchedule> scoreDirector) {
        for (int i = 0; i < matches.length; i++) {
            scoreDirector.beforeVariableChanged(matches[i], "round");
            matches[i].setRound(rounds[i]);
            scoreDirector.afterVariableChanged(matches[i], "round");
        }
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return kind;
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return List.of(matches);
    }

    @Override
    public Collection<?> getPlanningValues() {
        return Arrays.stream(rounds).boxed().toList();
    }

    @Override
    public String toString() {
        return kind + Arrays.toString(matches) + "->" + Arrays.toString(rounds);
    }
}
