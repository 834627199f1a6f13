package org.flextime.engine.itc;

/** GA1: how many of the meetings fall in the slots, outside [min, max]. */
final class Ga1Unit extends Unit {
    private final int[] homes;
    private final int[] aways;
    private final boolean[] slotSet;
    private final int min;
    private final int max;

    Ga1Unit(int c, int[] homes, int[] aways, boolean[] slotSet, int min, int max) {
        super(c);
        this.homes = homes;
        this.aways = aways;
        this.slotSet = slotSet;
        this.min = min;
        this.max = max;
    }

    @Override
    int value(ItcState s, int[] ctr) {
        int count = 0;
        for (int i = 0; i < homes.length; i++) {
            if (homes[i] != aways[i] && slotSet[s.slotOf(homes[i], aways[i])]) {
                count++;
            }
        }
        return ItcModel.outside(count, min, max);
    }
}
