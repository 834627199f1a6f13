package org.flextime.engine.itc;

import org.flextime.rules.robinx.HomeAwayMode;

/** CA2 for one team of teams1: its games (mode) against teams2 in the slots, outside [min, max]. */
final class Ca2Team extends CountUnit {
    private final HomeAwayMode mode;
    private final boolean[] opponents;

    Ca2Team(int c, int team, int[] slotIds, HomeAwayMode mode, boolean[] opponents, int min, int max) {
        super(c, new int[] {team}, slotIds, min, max);
        this.mode = mode;
        this.opponents = opponents;
    }

    @Override
    boolean counts(ItcState s, int team, int slot) {
        return mode.counts(s.isHome(team, slot)) && opponents[s.opponent(team, slot)];
    }

    @Override
    boolean counts(int team, boolean home, int opponent) {
        return mode.counts(home) && opponents[opponent];
    }
}
