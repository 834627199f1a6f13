package org.flextime.engine.itc;

import org.flextime.rules.robinx.HomeAwayMode;

/** CA3 for one team of teams1: summed deviation over every window of intp consecutive slots. */
final class Ca3Team extends Unit {
    private final int team;
    private final HomeAwayMode mode;
    private final boolean[] opponents;
    private final int intp;
    private final int min;
    private final int max;
    private final int windows;

    Ca3Team(int c, int team, HomeAwayMode mode, boolean[] opponents, int intp, int min, int max, int slots) {
        super(c);
        this.team = team;
        this.mode = mode;
        this.opponents = opponents;
        this.intp = intp;
        this.min = min;
        this.max = max;
        this.windows = Math.max(0, slots - intp + 1);
        int teams = opponents.length;
        this.table = new int[2 * teams];
        for (int o = 0; o < teams; o++) {
            table[ItcModel.key(teams, true, o)] = o != team && mode.counts(true) && opponents[o] ? 1 : 0;
            table[ItcModel.key(teams, false, o)] = o != team && mode.counts(false) && opponents[o] ? 1 : 0;
        }
    }

    private boolean counts(ItcState s, int slot) {
        return mode.counts(s.isHome(team, slot)) && opponents[s.opponent(team, slot)];
    }

    /** Contribution of each possible game of the team, indexed by {@link ItcModel#key}. */
    int[] table;

    /** Adds {@code d} games in {@code slot} to the windows holding it. */
    void shift(int[] ctr, int slot, int d) {
        int total = ctr[base + windows];
        for (int w = Math.max(0, slot - intp + 1); w <= slot && w < windows; w++) {
            int before = ctr[base + w];
            int after = before + d;
            ctr[base + w] = after;
            total += ItcModel.outside(after, min, max) - ItcModel.outside(before, min, max);
        }
        ctr[base + windows] = total;
    }

    /** Counters: games in each window (windows of them), then the summed deviation. */
    @Override
    int counters() {
        return windows + 1;
    }

    @Override
    void init(ItcState s, int[] ctr) {
        int total = 0;
        for (int w = 0; w < windows; w++) {
            int count = 0;
            for (int slot = w; slot < w + intp; slot++) {
                if (counts(s, slot)) {
                    count++;
                }
            }
            ctr[base + w] = count;
            total += ItcModel.outside(count, min, max);
        }
        ctr[base + windows] = total;
    }


    @Override
    int value(ItcState s, int[] ctr) {
        return ctr[base + windows];
    }
}
