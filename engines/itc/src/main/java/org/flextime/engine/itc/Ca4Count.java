package org.flextime.engine.itc;

import org.flextime.rules.robinx.HomeAwayMode;

/** CA4 over a set of slots (GLOBAL) or one slot (EVERY): each game counted once, via its home team. */
final class Ca4Count extends CountUnit {
    private final boolean[] teams1;
    private final boolean[] teams2;
    private final HomeAwayMode mode;

    Ca4Count(int c, int[] slotIds, int[] involved, boolean[] teams1, boolean[] teams2, HomeAwayMode mode,
            int min, int max) {
        super(c, involved, slotIds, min, max);
        this.teams1 = teams1;
        this.teams2 = teams2;
        this.mode = mode;
    }

    @Override
    boolean counts(ItcState s, int home, int slot) {
        return counts(home, s.isHome(home, slot), s.opponent(home, slot));
    }

    /** Each game is counted through its home team's cell only. */
    @Override
    boolean counts(int home, boolean atHome, int away) {
        if (!atHome) {
            return false;
        }
        boolean hosted = teams1[home] && teams2[away];
        boolean visited = teams1[away] && teams2[home];
        return switch (mode) {
            case H -> hosted;
            case A -> visited;
            case HA -> hosted || visited;
        };
    }
}
