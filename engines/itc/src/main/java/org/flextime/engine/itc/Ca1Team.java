package org.flextime.engine.itc;

import org.flextime.rules.robinx.HomeAwayMode;

/** CA1 for one team: its home (away) games in the slots, outside [min, max]. */
final class Ca1Team extends CountUnit {
    private final HomeAwayMode mode;

    Ca1Team(int c, int team, int[] slotIds, HomeAwayMode mode, int min, int max) {
        super(c, new int[] {team}, slotIds, min, max);
        this.mode = mode;
    }

    @Override
    boolean counts(ItcState s, int team, int slot) {
        return mode.counts(s.isHome(team, slot));
    }

    @Override
    boolean counts(int team, boolean home, int opponent) {
        return mode.counts(home);
    }
}
