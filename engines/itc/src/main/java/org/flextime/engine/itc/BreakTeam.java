package org.flextime.engine.itc;

import org.flextime.rules.robinx.Comparison;
import org.flextime.rules.robinx.HomeAwayMode;

/**
 * Breaks of one team in the slots: for BR1 the deviation (comparison with intp), for BR2 the plain count
 * (the constraint compares the sum over its teams).
 */
final class BreakTeam extends Unit {
    private final int team;
    private final int[] slotIds;
    private final boolean[] slotSet;
    private final HomeAwayMode mode;
    private final Comparison comparison;
    private final int bound;

    BreakTeam(int c, int team, int[] slotIds, int slots, HomeAwayMode mode, Comparison comparison, int bound) {
        super(c);
        this.team = team;
        this.slotIds = slotIds;
        this.slotSet = new boolean[slots + 1];
        for (int slot : slotIds) {
            slotSet[slot] = true;
        }
        this.mode = mode;
        this.comparison = comparison;
        this.bound = bound;
    }

    /**
     * The cell (team, slot) turns from home to away or back (its neighbours unchanged): adjusts the count;
     * true when it changed.
     */
    boolean flip(ItcState s, int[] ctr, int slot, boolean wasHome, boolean isHome) {
        int d = 0;
        if (slotSet[slot]) {
            boolean before = s.isHome(team, slot - 1);
            d += (isHome == before && mode.counts(isHome) ? 1 : 0) - (wasHome == before && mode.counts(wasHome) ? 1 : 0);
        }
        if (slotSet[slot + 1]) {
            boolean after = s.isHome(team, slot + 1);
            boolean counted = mode.counts(after);
            d += (counted && after == isHome ? 1 : 0) - (counted && after == wasHome ? 1 : 0);
        }
        ctr[base] += d;
        return d != 0;
    }

    private boolean isBreak(ItcState s, int slot) {
        boolean now = s.isHome(team, slot);
        return now == s.isHome(team, slot - 1) && mode.counts(now);
    }

    @Override
    int counters() {
        return 1;
    }

    @Override
    void init(ItcState s, int[] ctr) {
        int count = 0;
        for (int slot : slotIds) {
            if (isBreak(s, slot)) {
                count++;
            }
        }
        ctr[base] = count;
    }


    /** BR1: the deviation; BR2: the plain count (the constraint compares the sum over its teams). */
    @Override
    int value(ItcState s, int[] ctr) {
        return comparison == null ? ctr[base] : comparison.deviation(ctr[base], bound);
    }
}
