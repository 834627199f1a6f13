package org.flextime.engine.itc;

/** SE1 for one pair: slots strictly between its two meetings, outside [min, max]. */
final class Se1Pair extends Unit {
    private final int a;
    private final int b;
    private final int min;
    private final int max;

    Se1Pair(int c, int a, int b, int min, int max) {
        super(c);
        this.a = a;
        this.b = b;
        this.min = min;
        this.max = max;
    }

    @Override
    int value(ItcState s, int[] ctr) {
        return ItcModel.outside(Math.abs(s.slotOf(a, b) - s.slotOf(b, a)) - 1, min, max);
    }
}
