package org.flextime.rules.robinx;

/** How a break count is compared with its bound {@code intp} (the mode1 of BR1, mode2 of BR2). */
public enum Comparison {
    /** At most intp. */
    LEQ,
    /** At least intp. */
    GEQ,
    /** Exactly intp. */
    EQ;

    /** The deviation of {@code count} from the bound: how far it lies on the wrong side. */
    public int deviation(int count, int bound) {
        return switch (this) {
            case LEQ -> Math.max(0, count - bound);
            case GEQ -> Math.max(0, bound - count);
            case EQ -> Math.abs(count - bound);
        };
    }
}
