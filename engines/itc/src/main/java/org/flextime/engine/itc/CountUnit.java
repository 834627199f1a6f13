package org.flextime.engine.itc;

/** A unit counting the cells that match: deviation = ItcModel.outside(count, min, max). */
abstract class CountUnit extends Unit {
    private final int[] teamIds;
    private final int[] slotIds;
    final int min;
    final int max;

    CountUnit(int c, int[] teamIds, int[] slotIds, int min, int max) {
        super(c);
        this.teamIds = teamIds;
        this.slotIds = slotIds;
        this.min = min;
        this.max = max;
    }

    /** True when the cell counts (the cell is one of this unit's). */
    abstract boolean counts(ItcState s, int team, int slot);

    /** Whether a game of {@code team}, at home or away against {@code opponent}, counts. */
    abstract boolean counts(int team, boolean home, int opponent);

    /** The contribution (0 or 1) of each possible game of the team, indexed by {@link ItcModel#key}. */
    int[] table(int team, int teams) {
        int[] table = new int[2 * teams];
        for (int o = 0; o < teams; o++) {
            table[ItcModel.key(teams, true, o)] = o != team && counts(team, true, o) ? 1 : 0;
            table[ItcModel.key(teams, false, o)] = o != team && counts(team, false, o) ? 1 : 0;
        }
        return table;
    }

    @Override
    int counters() {
        return 1;
    }

    @Override
    void init(ItcState s, int[] ctr) {
        int count = 0;
        for (int t : teamIds) {
            for (int slot : slotIds) {
                if (counts(s, t, slot)) {
                    count++;
                }
            }
        }
        ctr[base] = count;
    }


    @Override
    int value(ItcState s, int[] ctr) {
        return ItcModel.outside(ctr[base], min, max);
    }
}
