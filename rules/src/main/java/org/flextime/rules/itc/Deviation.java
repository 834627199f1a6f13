package org.flextime.rules.itc;

/** A positive deviation of one constraint, with the explanation naming the teams, slots and amount. */
public record Deviation(int amount, String explanation) {

    /** The deviation of {@code count} from the range [min, max]: how far outside it lies. */
    public static int outside(int count, int min, int max) {
        return Math.max(0, min - count) + Math.max(0, count - max);
    }

    /** "max 2" / "min 1" / "min 1, max 2", leaving out bounds that do not bind. */
    public static String bounds(int min, int max) {
        boolean hasMin = min > 0;
        boolean hasMax = max != Integer.MAX_VALUE;
        if (hasMin && hasMax) {
            return "min " + min + ", max " + max;
        }
        return hasMax ? "max " + max : "min " + min;
    }
}
