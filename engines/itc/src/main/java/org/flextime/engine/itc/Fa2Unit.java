package org.flextime.engine.itc;

import org.flextime.rules.robinx.HomeAwayMode;

/** FA2: per pair of teams, the largest difference in (home) games played after a listed slot, beyond intp. */
final class Fa2Unit extends Unit {
    private final int[] members;
    private final boolean[] slotSet;
    private final int intp;
    private final HomeAwayMode mode;

    Fa2Unit(int c, int[] members, boolean[] slotSet, int intp, HomeAwayMode mode) {
        super(c);
        this.members = members;
        this.slotSet = slotSet;
        this.intp = intp;
        this.mode = mode;
    }

    @Override
    int value(ItcState s, int[] ctr) {
        int[][] played = new int[members.length][s.slots];
        for (int i = 0; i < members.length; i++) {
            int sum = 0;
            for (int slot = 0; slot < s.slots; slot++) {
                if (mode.counts(s.isHome(members[i], slot))) {
                    sum++;
                }
                played[i][slot] = sum;
            }
        }
        int total = 0;
        for (int i = 0; i < members.length; i++) {
            for (int j = i + 1; j < members.length; j++) {
                int largest = 0;
                for (int slot = 0; slot < s.slots; slot++) {
                    if (slotSet[slot]) {
                        largest = Math.max(largest, Math.abs(played[i][slot] - played[j][slot]));
                    }
                }
                total += Math.max(0, largest - intp);
            }
        }
        return total;
    }
}
