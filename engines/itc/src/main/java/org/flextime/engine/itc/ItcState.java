package org.flextime.engine.itc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flextime.rules.robinx.ScheduledMatch;

/**
 * A compact double round robin (every team plays once in every slot) with its ITC2021 score kept up to date
 * incrementally. A move changes cells with {@link #set}; {@link #evaluate} re-computes only the units the
 * changed cells and pairs touch; then {@link #commit} keeps the move or {@link #undo} restores the schedule and
 * the score exactly as they were.
 */
final class ItcState {

    final ItcModel model;
    final int teams;
    final int slots;
    /** Scratch space for units (one slot-long row). */
    final int[] scratch;

    private final int[] opponent;
    private final boolean[] home;
    private final int[] slotOf;

    private final Unit[] units;
    private final int[] counters;
    private final int[] unitValue;
    private final long[] constraintSum;
    private final int[] constraintDeviation;
    private long infeasibility;
    private long objective;

    // journal of the current move
    private final int[] unitStamp;
    private int stamp = 1;
    private int[] dirty = new int[64];
    private int dirtyCount;
    private int[] cellJournal = new int[64];
    private int[] oppJournal = new int[64];
    private boolean[] homeJournal = new boolean[64];
    private int cellCount;
    private int[] unitJournal = new int[64];
    private int[] unitOldJournal = new int[64];
    private int unitCount;
    private long savedInfeasibility;
    private long savedObjective;

    /** Starts from a full schedule: opponent[t][s] and home[t][s]. */
    ItcState(ItcModel model, int[][] opponents, boolean[][] homes) {
        this.model = model;
        this.teams = model.teams;
        this.slots = model.slots;
        this.scratch = new int[slots];
        opponent = new int[teams * slots];
        home = new boolean[teams * slots];
        slotOf = new int[teams * teams];
        for (int t = 0; t < teams; t++) {
            for (int s = 0; s < slots; s++) {
                opponent[t * slots + s] = opponents[t][s];
                home[t * slots + s] = homes[t][s];
            }
        }
        checkFormat();
        for (int t = 0; t < teams; t++) {
            for (int s = 0; s < slots; s++) {
                if (home[t * slots + s]) {
                    slotOf[t * teams + opponent[t * slots + s]] = s;
                }
            }
        }
        units = model.units.toArray(new Unit[0]);
        counters = new int[model.counterCount];
        unitValue = new int[units.length];
        unitStamp = new int[units.length];
        constraintSum = new long[model.constraintCount];
        constraintDeviation = new int[model.constraintCount];
        for (int u = 0; u < unitValue.length; u++) {
            units[u].init(this, counters);
            unitValue[u] = units[u].value(this, counters);
            constraintSum[units[u].constraint] += unitValue[u];
        }
        for (int c = 0; c < model.constraintCount; c++) {
            constraintDeviation[c] = deviation(c, constraintSum[c]);
            addCost(c, constraintDeviation[c]);
        }
    }

    /** A copy sharing the model. */
    ItcState copy() {
        return new ItcState(model, opponents(), homes());
    }

    private void checkFormat() {
        boolean[] seen = new boolean[teams * teams];
        for (int t = 0; t < teams; t++) {
            for (int s = 0; s < slots; s++) {
                int o = opponent[t * slots + s];
                if (o < 0 || o >= teams || o == t || opponent[o * slots + s] != t
                        || home[o * slots + s] == home[t * slots + s]) {
                    throw new IllegalArgumentException("not a round robin: team " + t + " slot " + s);
                }
                if (home[t * slots + s]) {
                    if (seen[t * teams + o]) {
                        throw new IllegalArgumentException("game " + t + "-" + o + " scheduled twice");
                    }
                    seen[t * teams + o] = true;
                }
            }
        }
    }

    // ------------------------------------------------------------------ reading

    int opponent(int team, int slot) {
        return opponent[team * slots + slot];
    }

    boolean isHome(int team, int slot) {
        return home[team * slots + slot];
    }

    /** The slot in which {@code h} hosts {@code a}. */
    int slotOf(int h, int a) {
        return slotOf[h * teams + a];
    }

    /** Sum of HARD deviations. */
    long infeasibility() {
        return infeasibility;
    }

    /** Sum of SOFT deviation x penalty. */
    long objective() {
        return objective;
    }

    /** The deviation of one constraint (index in the instance's constraint list). */
    int deviationOf(int constraint) {
        return constraintDeviation[constraint];
    }

    int[][] opponents() {
        int[][] result = new int[teams][slots];
        for (int t = 0; t < teams; t++) {
            System.arraycopy(opponent, t * slots, result[t], 0, slots);
        }
        return result;
    }

    boolean[][] homes() {
        boolean[][] result = new boolean[teams][slots];
        for (int t = 0; t < teams; t++) {
            System.arraycopy(home, t * slots, result[t], 0, slots);
        }
        return result;
    }

    /** The games, by home team then slot. */
    List<ScheduledMatch> games() {
        List<ScheduledMatch> games = new ArrayList<>();
        for (int t = 0; t < teams; t++) {
            for (int s = 0; s < slots; s++) {
                if (home[t * slots + s]) {
                    games.add(new ScheduledMatch(t, opponent[t * slots + s], s));
                }
            }
        }
        return games;
    }

    /** Copies another state's schedule and score (same model) without re-evaluating. */
    void copyFrom(ItcState other) {
        System.arraycopy(other.opponent, 0, opponent, 0, opponent.length);
        System.arraycopy(other.home, 0, home, 0, home.length);
        System.arraycopy(other.slotOf, 0, slotOf, 0, slotOf.length);
        System.arraycopy(other.counters, 0, counters, 0, counters.length);
        System.arraycopy(other.unitValue, 0, unitValue, 0, unitValue.length);
        System.arraycopy(other.constraintSum, 0, constraintSum, 0, constraintSum.length);
        System.arraycopy(other.constraintDeviation, 0, constraintDeviation, 0, constraintDeviation.length);
        infeasibility = other.infeasibility;
        objective = other.objective;
        cellCount = 0;
        unitCount = 0;
        dirtyCount = 0;
    }

    // ------------------------------------------------------------------ moves

    /** Team {@code team} plays {@code opp} in {@code slot}, at home when {@code atHome}. Journaled. */
    void set(int team, int slot, int opp, boolean atHome) {
        int cell = team * slots + slot;
        int old = opponent[cell];
        if (old == opp && home[cell] == atHome) {
            return;
        }
        if (cellCount == 0) {
            savedInfeasibility = infeasibility;
            savedObjective = objective;
        }
        if (cellCount == cellJournal.length) {
            cellJournal = Arrays.copyOf(cellJournal, cellCount * 2);
            oppJournal = Arrays.copyOf(oppJournal, cellCount * 2);
            homeJournal = Arrays.copyOf(homeJournal, cellCount * 2);
        }
        cellJournal[cellCount] = cell;
        oppJournal[cellCount] = old;
        homeJournal[cellCount] = home[cell];
        cellCount++;
        markAll(model.pairUnits[model.pair(team, old)]);
        if (old != opp) {
            markAll(model.pairUnits[model.pair(team, opp)]);
        }
        markAll(model.otherUnits[cell]);
        change(cell, opp, atHome, true);
    }

    /**
     * Changes one cell, moving its contribution in every counting, window and break unit that depends on it;
     * with {@code mark}, the units whose counters changed are marked for re-scoring.
     */
    private void change(int cell, int opp, boolean atHome, boolean mark) {
        int oldKey = ItcModel.key(teams, home[cell], opponent[cell]);
        int newKey = ItcModel.key(teams, atHome, opp);
        int[][] tables = model.countTables[cell];
        int[] counterIds = model.countCounters[cell];
        int[] unitIds = model.countUnits[cell];
        for (int k = 0; k < tables.length; k++) {
            int d = tables[k][newKey] - tables[k][oldKey];
            if (d != 0) {
                counters[counterIds[k]] += d;
                if (mark) {
                    mark(unitIds[k]);
                }
            }
        }
        int slot = cell % slots;
        Ca3Team[] windows = model.ca3Units[cell];
        for (int k = 0; k < windows.length; k++) {
            int[] table = windows[k].table;
            int d = table[newKey] - table[oldKey];
            if (d != 0) {
                windows[k].shift(counters, slot, d);
                if (mark) {
                    mark(model.ca3Ids[cell][k]);
                }
            }
        }
        boolean wasHome = home[cell];
        if (wasHome != atHome) {
            BreakTeam[] breaks = model.breakUnits[cell];
            for (int k = 0; k < breaks.length; k++) {
                if (breaks[k].flip(this, counters, slot, wasHome, atHome) && mark) {
                    mark(model.breakIds[cell][k]);
                }
            }
        }
        opponent[cell] = opp;
        home[cell] = atHome;
    }

    private void mark(int u) {
        if (unitStamp[u] != stamp) {
            unitStamp[u] = stamp;
            if (dirtyCount == dirty.length) {
                dirty = Arrays.copyOf(dirty, dirtyCount * 2);
            }
            dirty[dirtyCount++] = u;
        }
    }

    private void markAll(int[] units) {
        for (int u : units) {
            if (unitStamp[u] != stamp) {
                unitStamp[u] = stamp;
                if (dirtyCount == dirty.length) {
                    dirty = Arrays.copyOf(dirty, dirtyCount * 2);
                }
                dirty[dirtyCount++] = u;
            }
        }
    }

    /** Re-scores the units the pending changes touch; returns nothing, read the totals after. */
    void evaluate() {
        for (int i = 0; i < cellCount; i++) {
            int cell = cellJournal[i];
            if (home[cell]) {
                slotOf[(cell / slots) * teams + opponent[cell]] = cell % slots;
            }
        }
        for (int i = 0; i < dirtyCount; i++) {
            int u = dirty[i];
            int value = units[u].value(this, counters);
            int old = unitValue[u];
            if (value != old) {
                if (unitCount == unitJournal.length) {
                    unitJournal = Arrays.copyOf(unitJournal, unitCount * 2);
                    unitOldJournal = Arrays.copyOf(unitOldJournal, unitCount * 2);
                }
                unitJournal[unitCount] = u;
                unitOldJournal[unitCount] = old;
                unitCount++;
                setUnit(u, value);
            }
        }
        dirtyCount = 0;
        stamp++;
    }

    private void setUnit(int u, int value) {
        int c = units[u].constraint;
        constraintSum[c] += value - unitValue[u];
        unitValue[u] = value;
        int deviation = deviation(c, constraintSum[c]);
        addCost(c, deviation - constraintDeviation[c]);
        constraintDeviation[c] = deviation;
    }

    private int deviation(int c, long sum) {
        if (model.aggregate[c] == ItcModel.Aggregate.SUM) {
            return (int) sum;
        }
        return model.br2Comparison[c].deviation((int) sum, model.br2Bound[c]);
    }

    private void addCost(int c, int deviation) {
        if (model.hard[c]) {
            infeasibility += deviation;
        } else {
            objective += (long) deviation * model.penalty[c];
        }
    }

    /** Keeps the evaluated move. */
    void commit() {
        cellCount = 0;
        unitCount = 0;
    }

    /** Restores the schedule and the score from before the pending move. */
    void undo() {
        if (dirtyCount > 0) {
            dirtyCount = 0;
            stamp++;
        }
        for (int i = cellCount - 1; i >= 0; i--) {
            int cell = cellJournal[i];
            change(cell, oppJournal[i], homeJournal[i], false);
        }
        for (int i = 0; i < cellCount; i++) {
            int cell = cellJournal[i];
            if (home[cell]) {
                slotOf[(cell / slots) * teams + opponent[cell]] = cell % slots;
            }
        }
        for (int i = unitCount - 1; i >= 0; i--) {
            int u = unitJournal[i];
            int c = units[u].constraint;
            constraintSum[c] += unitOldJournal[i] - unitValue[u];
            unitValue[u] = unitOldJournal[i];
            constraintDeviation[c] = deviation(c, constraintSum[c]);
        }
        if (cellCount > 0) {
            infeasibility = savedInfeasibility;
            objective = savedObjective;
        }
        cellCount = 0;
        unitCount = 0;
    }

    /** Re-scores everything from scratch (for checks). */
    long[] rescore() {
        long hardSum = 0;
        long softSum = 0;
        long[] sums = new long[model.constraintCount];
        int[] fresh = new int[counters.length];
        for (Unit unit : units) {
            unit.init(this, fresh);
            sums[unit.constraint] += unit.value(this, fresh);
        }
        for (int c = 0; c < model.constraintCount; c++) {
            int d = deviation(c, sums[c]);
            if (model.hard[c]) {
                hardSum += d;
            } else {
                softSum += (long) d * model.penalty[c];
            }
        }
        return new long[] {hardSum, softSum};
    }
}
