package org.flextime.engine.season.optimizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;

/**
 * Gives several fixtures a new slot and orientation at once. The move factory only builds sets that keep
 * the structure: a whole round (or the part of it a chain of opponents plays) to another slot, both legs of a
 * home-and-home flipped, a directed triangle of single meetings reversed (home counts unchanged), or one meeting
 * flipped.
 */
final class FixtureMove extends AbstractMove<SeasonPlan> {
    private final String kind;
    private final Fixture[] fixtures;
    private final Slot[] slots;
    private final boolean[] reversed;

    FixtureMove(String kind, Fixture[] fixtures, Slot[] slots, boolean[] reversed) {
        this.kind = kind;
        this.fixtures = fixtures;
        this.slots = slots;
        this.reversed = reversed;
    }

    /** Whether every fixture may go where the move puts it: none pinned, each given dates in its new slot. */
    boolean isAllowed() {
        for (int i = 0; i < fixtures.length; i++) {
            if (fixtures[i].isPinned() || !fixtures[i].canTake(slots[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<SeasonPlan> scoreDirector) {
        if (!isAllowed()) {
            return false;
        }
        for (int i = 0; i < fixtures.length; i++) {
            if (fixtures[i].getSlot() != slots[i] || fixtures[i].getReversed() != reversed[i]) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<SeasonPlan> scoreDirector) {
        for (int i = 0; i < fixtures.length; i++) {
            Fixture x = fixtures[i];
            if (x.getSlot() != slots[i]) {
                scoreDirector.beforeVariableChanged(x, "slot");
                x.setSlot(slots[i]);
                scoreDirector.afterVariableChanged(x, "slot");
            }
            if (x.getReversed() != reversed[i]) {
                scoreDirector.beforeVariableChanged(x, "reversed");
                x.setReversed(reversed[i]);
                scoreDirector.afterVariableChanged(x, "reversed");
            }
        }
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return kind;
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return List.of(fixtures);
    }

    @Override
    public Collection<?> getPlanningValues() {
        List<Object> values = new ArrayList<>(Arrays.asList(slots));
        for (boolean r : reversed) {
            values.add(r);
        }
        return values;
    }

    @Override
    public String toString() {
        return kind + Arrays.toString(fixtures);
    }
}
