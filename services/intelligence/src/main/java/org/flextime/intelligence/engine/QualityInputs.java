package org.flextime.intelligence.engine;

/**
 * What the quality model looks at: number of games, HARD violations, SOFT penalty, conflicts, total miles
 * travelled, and home/away imbalance as a fraction in [0, 1] (e.g. the mean over teams of
 * |home - away| / games).
 */
public record QualityInputs(int games, int hardViolations, int softPenalty, int conflicts, double totalMiles,
                            double homeAwayImbalance) {
    /** Rejects negative counts and an imbalance outside [0, 1]. */
    public QualityInputs {
        if (games < 0 || hardViolations < 0 || softPenalty < 0 || conflicts < 0 || totalMiles < 0 || Double.isNaN(totalMiles)) {
            throw new IllegalArgumentException("quality inputs must not be negative: " + games + ", " + hardViolations
                    + ", " + softPenalty + ", " + conflicts + ", " + totalMiles);
        }
        if (!(homeAwayImbalance >= 0 && homeAwayImbalance <= 1)) {
            throw new IllegalArgumentException("homeAwayImbalance must be in [0, 1], got " + homeAwayImbalance);
        }
    }
}
